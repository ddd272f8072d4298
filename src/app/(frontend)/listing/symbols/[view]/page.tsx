import type { Metadata } from 'next'

import { getAtlasPage } from '@/lib/content'
import { listViewFilters } from '@/lib/listQuery'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { pageMetadata } from '@/lib/seo/metadata'
import { atlasFiltersOfView, atlasHref } from '@/lib/symbolsQuery'
import { PageHeading } from '@/components/layout/PageHeading'
import { Pagination } from '@/components/layout/Pagination'
import { SymbolAtlas } from '@/components/symbol/SymbolAtlas'

type Props = { params: Promise<{ view: string }> }

/** Served at `/symbols` with its page (src/lib/listingRoutes.ts). */
export const generateStaticParams = noPathsAtBuild

const filtersOf = (params: Props['params']) => listViewFilters(params, atlasFiltersOfView)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = await filtersOf(params)
  return pageMetadata({
    title: filters.page && filters.page > 1 ? `Symbol atlas, page ${filters.page}` : 'Symbol atlas',
    description:
      'Every symbol and motif across the analysed films, gathered where the same motif recurs, so you can follow it from film to film.',
    path: atlasHref(filters),
  })
}

export default async function SymbolAtlasPage({ params }: Props) {
  const filters = await filtersOf(params)
  const { motifs, page, totalPages, totalSymbols } = await getAtlasPage(filters.page ?? 1)
  const recurring = motifs.filter((m) => m.films > 1).length
  return (
    <div className="wrap">
      <PageHeading title="Symbol atlas">
        <p className="lede">
          Every symbol and motif across the films, A to Z. Where the same motif recurs in several films, its symbols
          stand together, so you can follow it from film to film.
        </p>
      </PageHeading>
      <section aria-labelledby="atlas-heading" className="section">
        <h2 id="atlas-heading" className="results-count">
          {totalSymbols === 1 ? 'One symbol' : `${totalSymbols || 'No'} symbols`}
          {totalPages > 1 ? `, page ${page} of ${totalPages}` : null}
          {recurring ? ` · ${recurring} recurring ${recurring === 1 ? 'motif' : 'motifs'} here` : null}
        </h2>
        {motifs.length ? (
          <SymbolAtlas motifs={motifs} />
        ) : (
          <p className="empty">
            {totalSymbols ? <a href={atlasHref({})}>Go to the first page</a> : 'No symbol has been published yet.'}
          </p>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          href={(n) => atlasHref({ page: n })}
          label="Pages of the atlas"
        />
      </section>
    </div>
  )
}
