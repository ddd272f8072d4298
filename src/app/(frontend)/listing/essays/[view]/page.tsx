import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { listEssays } from '@/lib/content'
import { essayFiltersOfView, essaysHref } from '@/lib/essaysQuery'
import { listViewFilters } from '@/lib/listQuery'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { pageMetadata } from '@/lib/seo/metadata'
import { EssayFiltersBar } from '@/components/essay/EssayFiltersBar'
import { EssayList } from '@/components/essay/EssayList'
import { PageHeading } from '@/components/layout/PageHeading'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'
import { Pagination } from '@/components/layout/Pagination'

type Props = { params: Promise<{ view: string }> }

/** Served at `/essays` with its query (src/lib/listingRoutes.ts). */
export const generateStaticParams = noPathsAtBuild

const filtersOf = (params: Props['params']) => listViewFilters(params, essayFiltersOfView)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = await filtersOf(params)
  if ((await listEssays(filters)).film === 'missing') return NOT_FOUND_METADATA
  const filtered = Boolean(filters.kind || filters.film)
  return pageMetadata({
    title: filters.page && filters.page > 1 ? `Essays, page ${filters.page}` : 'Essays',
    description:
      'Every essay on Subtext: the philosophical questions the films raise, what each film means, and longer analyses.',
    // A filtered view is the same essays again: search engines get the plain list.
    path: filtered ? essaysHref({}) : essaysHref(filters),
    noindex: filtered,
  })
}

export default async function EssaysPage({ params }: Props) {
  const filters = await filtersOf(params)
  const index = await listEssays(filters)
  if (index.film === 'missing') notFound()
  const { essays, page, totalPages, totalDocs, film, kinds } = index
  return (
    <div className="wrap">
      <PageHeading title={film ? `Essays on ${film.title}` : 'Essays'}>
        <p className="lede">The philosophical questions the films raise, what each film means, and longer analyses.</p>
      </PageHeading>
      <EssayFiltersBar filters={filters} film={film} kinds={kinds} />
      <section aria-labelledby="essays-heading" className="section">
        <h2 id="essays-heading" className="results-count">
          {totalDocs === 1 ? 'One essay' : `${totalDocs || 'No'} essays`}
          {totalPages > 1 ? `, page ${page} of ${totalPages}` : null}
        </h2>
        {essays.length ? (
          <EssayList essays={essays} />
        ) : (
          <p className="empty">
            {totalDocs ? (
              <a href={essaysHref({ ...filters, page: undefined })}>Go to the first page</a>
            ) : (
              'No published essay matches these filters.'
            )}
          </p>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          href={(n) => essaysHref({ ...filters, page: n })}
          label="Pages of essays"
        />
      </section>
    </div>
  )
}
