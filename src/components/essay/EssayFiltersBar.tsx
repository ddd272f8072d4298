import type { EssayIndex } from '@/lib/content'
import { ESSAY_KIND_LABELS, essaysHref, type EssayFilters } from '@/lib/essaysQuery'

type Props = { filters: EssayFilters; film: EssayIndex['film']; kinds: EssayIndex['kinds'] }

/** The kinds to narrow the essays to, with how many each holds, and the film filter when one is set. */
export function EssayFiltersBar({ filters, film, kinds }: Props) {
  const total = kinds.reduce((sum, k) => sum + k.count, 0)
  const choices = [
    { key: 'all', label: 'All kinds', count: total, href: essaysHref({ film: filters.film }), current: !filters.kind },
    ...kinds.map(({ kind, count }) => ({
      key: kind,
      label: ESSAY_KIND_LABELS[kind],
      count,
      href: essaysHref({ film: filters.film, kind }),
      current: filters.kind === kind,
    })),
  ]
  return (
    <div className="list-tools">
      {film && film !== 'missing' ? (
        <div className="list-tools__row">
          <p className="list-tools__label" id="essay-film-filter">
            Filtered by
          </p>
          <ul className="chips" aria-labelledby="essay-film-filter">
            <li>
              <a
                href={essaysHref({ kind: filters.kind })}
                className="chip"
                aria-label={`Remove the filter Film: ${film.title}`}
              >
                Film: {film.title} <span aria-hidden="true">×</span>
              </a>
            </li>
          </ul>
        </div>
      ) : null}
      <div className="list-tools__row">
        <p className="list-tools__label" id="essay-kinds">
          Kind
        </p>
        <ul className="sorts" aria-labelledby="essay-kinds">
          {choices.map((choice) => (
            <li key={choice.key}>
              {choice.current ? (
                <span aria-current="true">
                  {choice.label} <span className="count">{choice.count}</span>
                </span>
              ) : (
                <a href={choice.href}>
                  {choice.label} <span className="count">{choice.count}</span>
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
