import type { Metadata } from 'next'

import { normaliseQuery, SEARCH_LIMITS, searchSite } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { PageHeading } from '@/components/layout/PageHeading'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

const queryOf = async (searchParams: Props['searchParams']) => {
  const { q } = await searchParams
  return normaliseQuery(Array.isArray(q) ? q[0] : q)
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await queryOf(searchParams)
  return pageMetadata({
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the analyses: films, symbols, essays, themes and people.',
    path: paths.search(),
    // Result pages are endless and thin; the pages they lead to are what should be indexed.
    noindex: true,
  })
}

export default async function SearchPage({ searchParams }: Props) {
  const q = await queryOf(searchParams)
  const tooShort = q.length > 0 && q.length < SEARCH_LIMITS.minLength
  const results = await searchSite(q)
  const summary = !q
    ? 'Find a film, a symbol, an essay, a theme or a person.'
    : tooShort
      ? `Type at least ${SEARCH_LIMITS.minLength} characters to search.`
      : results.length === 0
        ? `Nothing matches “${q}”. Try another word, or browse the films or themes.`
        : `${results.length === SEARCH_LIMITS.results ? `The first ${results.length}` : results.length} ${results.length === 1 ? 'result' : 'results'} for “${q}”.`

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
        <p className="search-summary">{summary}</p>
      </PageHeading>
      {results.length ? <SearchResults results={results} /> : null}
    </div>
  )
}
