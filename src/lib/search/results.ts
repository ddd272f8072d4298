import type { Payload } from 'payload'

import { searchEngine } from '.'
import { resultRows, type Access } from './resultRows'
import { snippetOf, type Segment } from './snippet'
import { parseQuery } from './text'
import { CANDIDATES } from './tiers'

export const SEARCH_LIMITS = { minLength: 2, maxLength: 100, perPage: 20, maxPage: 50 } as const

export type SearchResult = {
  id: string | number
  /** What it is: Film, Symbol, Essay, Theme or Person. */
  kind: string
  title: string
  url: string
  /** The films a symbol or essay belongs to, by title. */
  films: string[]
  snippet: Segment[] | null
}

export type SearchResults = {
  results: SearchResult[]
  /** How many results match, up to CANDIDATES; with `moreThanTotal`, more than that many do. */
  total: number
  moreThanTotal: boolean
  page: number
  pages: number
}

/**
 * One page of results for `query`, ranked by the database's full-text engine. The engine gives
 * ids only; the rows are then read with the viewer's access (./resultRows.ts), so the collections'
 * read rules still decide what is shown.
 */
export async function rankedSearch(
  payload: Payload,
  query: string,
  { page = 1, perPage = SEARCH_LIMITS.perPage }: { page?: number; perPage?: number },
  access: Access,
): Promise<SearchResults> {
  const parsed = parseQuery(query)
  const empty = { results: [], total: 0, moreThanTotal: false, page: 1, pages: 0 }
  if (!parsed || query.length < SEARCH_LIMITS.minLength) return empty
  const limit = perPage
  const ranked = await searchEngine(payload).search(payload, parsed, { limit, offset: (page - 1) * limit })
  const counted = { total: Math.min(ranked.total, CANDIDATES), moreThanTotal: ranked.total > CANDIDATES }
  const pages = Math.min(Math.ceil(counted.total / limit), SEARCH_LIMITS.maxPage)
  if (!ranked.ids.length) return { ...empty, ...counted, page, pages }
  const rows = await resultRows(payload, ranked.ids, access)
  const byId = new Map(rows.map((r) => [String(r.id), r]))
  const results = ranked.ids.flatMap((id) => {
    const row = byId.get(String(id))
    if (!row) return []
    const { text, ...shown } = row
    return [{ ...shown, snippet: snippetOf(text, query) ?? snippetOf(row.title, query) }]
  })
  return { results, ...counted, page, pages }
}
