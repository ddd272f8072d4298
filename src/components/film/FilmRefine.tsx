import type { FilmFacets } from '@/lib/content'
import { FILM_SORTS, filmsHref, type FilmFilters, type FilmSort } from '@/lib/filmsQuery'
import { formatDecade } from '@/lib/displayFormats'

type Facet = 'genre' | 'theme' | 'country' | 'decade'
type Option = { value: string | number; label: string; count: number }

/** Long lists keep their most common choices in view and fold the rest away (no JavaScript needed). */
const SHOWN = 12

const optionsOf = (facets: FilmFacets): Record<Facet, { title: string; plural: string; options: Option[] }> => ({
  genre: {
    title: 'Genre',
    plural: 'genres',
    options: facets.genres.map((g) => ({ value: g.slug, label: g.name, count: g.count })),
  },
  theme: {
    title: 'Theme',
    plural: 'themes',
    options: facets.themes.map((t) => ({ value: t.slug, label: t.name, count: t.count })),
  },
  country: {
    title: 'Country',
    plural: 'countries',
    options: facets.countries.map((c) => ({ value: c.name, label: c.name, count: c.count })),
  },
  decade: {
    title: 'Decade',
    plural: 'decades',
    options: facets.decades.map((d) => ({ value: d.decade, label: formatDecade(d.decade), count: d.count })),
  },
})

const FACETS: Facet[] = ['genre', 'theme', 'country', 'decade']

/** A filter choice: the list narrowed by it, back on the first page. */
const narrowed = (filters: FilmFilters, facet: Facet, value: string | number): FilmFilters => ({
  ...filters,
  [facet]: value,
  page: undefined,
})

const without = (filters: FilmFilters, facet: Facet): FilmFilters => ({
  ...filters,
  [facet]: undefined,
  page: undefined,
})

/** The active filters, each with a link that removes it, and the sort order. */
export function ActiveFilters({ filters, facets }: { filters: FilmFilters; facets: FilmFacets }) {
  const all = optionsOf(facets)
  const active = FACETS.flatMap((facet) => {
    const value = filters[facet]
    if (value === undefined) return []
    const label =
      all[facet].options.find((o) => o.value === value)?.label ??
      (facet === 'decade' ? formatDecade(Number(value)) : String(value))
    return [{ facet, text: `${all[facet].title}: ${label}` }]
  })
  const sort = filters.sort ?? 'title'
  return (
    <div className="list-tools">
      {active.length ? (
        <div className="list-tools__row">
          <p className="list-tools__label" id="active-filters">
            Filtered by
          </p>
          <ul className="chips" aria-labelledby="active-filters">
            {active.map(({ facet, text }) => (
              <li key={facet}>
                <a href={filmsHref(without(filters, facet))} className="chip" aria-label={`Remove the filter ${text}`}>
                  {text} <span aria-hidden="true">×</span>
                </a>
              </li>
            ))}
            {active.length > 1 ? (
              <li>
                <a href={filmsHref({ sort: filters.sort })} className="chip chip--plain">
                  Clear all filters
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <div className="list-tools__row">
        <p className="list-tools__label" id="sort-label">
          Sort by
        </p>
        <ul className="sorts" aria-labelledby="sort-label">
          {(Object.keys(FILM_SORTS) as FilmSort[]).map((key) => (
            <li key={key}>
              {key === sort ? (
                <span aria-current="true">{FILM_SORTS[key].label}</span>
              ) : (
                <a href={filmsHref({ ...filters, sort: key, page: undefined })}>{FILM_SORTS[key].label}</a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

const Count = ({ n }: { n: number }) => (
  <span className="count">
    {n}
    <span className="visually-hidden"> {n === 1 ? 'film' : 'films'}</span>
  </span>
)

function OptionList({ filters, facet, options }: { filters: FilmFilters; facet: Facet; options: Option[] }) {
  return (
    <ul className="facet__options">
      {options.map((option) => (
        <li key={option.value}>
          {filters[facet] === option.value ? (
            <span aria-current="true" className="facet__current">
              {option.label} <Count n={option.count} />
            </span>
          ) : (
            <a href={filmsHref(narrowed(filters, facet, option.value))}>
              {option.label} <Count n={option.count} />
            </a>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Every way to narrow the list, with how many films each choice holds; plain links, shareable URLs. */
export function FilmRefine({ filters, facets }: { filters: FilmFilters; facets: FilmFacets }) {
  const all = optionsOf(facets)
  return (
    <>
      {FACETS.map((facet) => {
        const { title, plural, options } = all[facet]
        if (options.length === 0) return null
        return (
          <div key={facet} className="facet">
            <h3>{title}</h3>
            <OptionList filters={filters} facet={facet} options={options.slice(0, SHOWN)} />
            {options.length > SHOWN ? (
              <details open={options.slice(SHOWN).some((o) => o.value === filters[facet])}>
                <summary>
                  {options.length - SHOWN} more {plural}
                </summary>
                <OptionList filters={filters} facet={facet} options={options.slice(SHOWN)} />
              </details>
            ) : null}
          </div>
        )
      })}
    </>
  )
}
