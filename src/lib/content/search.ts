import { rankedSearch, SEARCH_LIMITS, type SearchResults } from '../search/results'
import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { asViewer } from './viewer'

export { SEARCH_LIMITS, type SearchResult, type SearchResults } from '../search/results'

export const normaliseQuery = (q: unknown): string =>
  typeof q === 'string' ? q.trim().replace(/\s+/g, ' ').slice(0, SEARCH_LIMITS.maxLength) : ''

/** A `page` parameter as a page number: anything but a whole number from 1 up is the first page. */
export const normalisePage = (page: unknown): number => {
  const n = typeof page === 'string' && /^\d{1,4}$/.test(page) ? Number(page) : 1
  return Math.min(Math.max(n, 1), SEARCH_LIMITS.maxPage)
}

/**
 * One page of search results, ranked by the database's full-text engine (src/lib/search) over the
 * published index the search plugin keeps, read as the viewer.
 */
export function searchSite(rawQuery: string, page = 1): Promise<SearchResults> {
  const q = normaliseQuery(rawQuery)
  return asViewer(['search', q, String(page)], [collectionTag('search')], async (access) =>
    rankedSearch(await payloadClient(), q, { page }, access),
  )
}
