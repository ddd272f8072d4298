import type { Metadata } from 'next'

import { normalisePage, normaliseQuery, SEARCH_LIMITS, searchSite, type SearchResults } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { PageHeading } from '@/components/layout/PageHeading'
import { Pagination } from '@/components/layout/Pagination'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults as ResultList } from '@/components/search/SearchResults'
import { SearchHelp } from '@/components/search/SearchHelp'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const paramsOf = async (searchParams: Props['searchParams']) => {
  const { q, page } = await searchParams
  return { q: normaliseQuery(first(q)), page: normalisePage(first(page)) }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await paramsOf(searchParams)
  return pageMetadata({
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the analyses: films, symbols, essays, themes and people.',
    path: paths.search(),
    // Result pages are endless and thin; the pages they lead to are what should be indexed.
    noindex: true,
  })
}

const summaryOf = (q: string, { total, moreThanTotal, page, pages }: SearchResults) => {
  if (!q) return 'Find a film, a symbol, an essay, a theme or a person.'
  if (q.length < SEARCH_LIMITS.minLength) return `Type at least ${SEARCH_LIMITS.minLength} characters to search.`
  if (total === 0) return `Nothing matches “${q}”.`
  const count = moreThanTotal
    ? `More than ${total.toLocaleString('en')} results for “${q}”`
    : `${total} ${total === 1 ? 'result' : 'results'} for “${q}”`
  return pages > 1 ? `${count}, page ${page} of ${pages}.` : `${count}.`
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await paramsOf(searchParams)
  const found = await searchSite(q, page)
  return (
    <div className="wrap reading">
      <PageHeading title="Search">
        <SearchForm
          id="search-page"
          name="Search the analyses"
          label="Search films, symbols, essays, themes and people"
          query={q}
          className="search-form search-form--page"
        />
        <p className="search-summary">{summaryOf(q, found)}</p>
      </PageHeading>
      {found.results.length ? (
        <>
          <ResultList results={found.results} />
          <Pagination
            page={found.page}
            totalPages={found.pages}
            href={(n) => `${paths.search(q)}&page=${n}`}
            label="Result pages"
          />
        </>
      ) : q ? (
        <SearchHelp />
      ) : null}
    </div>
  )
}
