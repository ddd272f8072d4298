import type { Metadata } from 'next'

import { getFilmFacets, listFilms } from '@/lib/content'
import { filmsHref, filtersOfView } from '@/lib/filmsQuery'
import { listViewFilters } from '@/lib/listQuery'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { ActiveFilters, FilmRefine } from '@/components/film/FilmRefine'
import { FilmGrid } from '@/components/film/FilmGrid'
import { PageHeading } from '@/components/layout/PageHeading'
import { Pagination } from '@/components/layout/Pagination'

type Props = { params: Promise<{ view: string }> }

/** Served at `/films` with its query (src/lib/listingRoutes.ts). */
export const generateStaticParams = noPathsAtBuild

const filtersOf = (params: Props['params']) => listViewFilters(params, filtersOfView)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = await filtersOf(params)
  const filtered = Object.entries(filters).some(([key, value]) => value !== undefined && key !== 'page')
  return pageMetadata({
    title: filters.page && filters.page > 1 ? `Films, page ${filters.page}` : 'Films',
    description:
      'Every analysed film, by genre, theme, country and decade: the symbols, questions and meaning of each.',
    // Filtered and sorted views are the same films again: search engines get the plain list.
    path: filtered ? paths.films() : filmsHref(filters),
    noindex: filtered,
  })
}

export default async function FilmsPage({ params }: Props) {
  const filters = await filtersOf(params)
  const [{ films, page, totalPages, totalDocs }, facets] = await Promise.all([listFilms(filters), getFilmFacets()])
  return (
    <div className="wrap">
      <PageHeading title="Films">
        <p className="lede">
          Every film analysed on Subtext: its symbols and motifs, the questions it raises and what it means.
        </p>
      </PageHeading>
      <ActiveFilters filters={filters} facets={facets} />
      <p className="jump">
        <a href="#refine">Filter by genre, theme, country or decade</a>
      </p>
      <div className="catalogue">
        <section id="results" aria-labelledby="results-heading" className="catalogue__results">
          <h2 id="results-heading" className="results-count">
            {totalDocs === 1 ? 'One film' : `${totalDocs || 'No'} films`}
            {totalPages > 1 ? `, page ${page} of ${totalPages}` : null}
          </h2>
          <FilmGrid
            films={films}
            empty={
              totalDocs ? (
                <>
                  There are no films on this page.{' '}
                  <a href={filmsHref({ ...filters, page: undefined })}>Go to the first page</a>
                </>
              ) : (
                'No published film matches these filters.'
              )
            }
          />
          {page <= totalPages ? (
            <Pagination
              page={page}
              totalPages={totalPages}
              href={(n) => filmsHref({ ...filters, page: n })}
              label="Pages of films"
            />
          ) : null}
        </section>
        <section id="refine" aria-labelledby="refine-heading" className="catalogue__refine">
          <h2 id="refine-heading">Narrow the list</h2>
          <FilmRefine filters={filters} facets={facets} />
        </section>
      </div>
    </div>
  )
}
