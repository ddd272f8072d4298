import type { Payload } from 'payload'

import type { Search, User } from '@/payload-types'

import { searchEngine } from '.'
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

/** Local API options for reading as the visitor or previewer (src/lib/content/viewer.ts). */
type Access = { overrideAccess: false; user?: User; draft?: boolean }

type FilmRef = { title?: string | null } | number | string | null | undefined
const titlesOf = (films: FilmRef[]) => films.flatMap((f) => (f && typeof f === 'object' && f.title ? [f.title] : []))

/** The titles of the films each symbol and essay among the rows belongs to, read with the viewer's access. */
async function filmsOf(payload: Payload, rows: Pick<Search, 'doc'>[], access: Access): Promise<Map<string, string[]>> {
  const idsOf = (relationTo: string) =>
    rows.filter((r) => r.doc.relationTo === relationTo).map((r) => (r.doc.value as { id?: unknown }).id ?? r.doc.value)
  const belongs = new Map<string, string[]>()
  const [symbols, essays] = [idsOf('symbols'), idsOf('essays')] as [(number | string)[], (number | string)[]]
  if (symbols.length) {
    const { docs } = await payload.find({
      collection: 'symbols',
      where: { id: { in: symbols } },
      depth: 1,
      pagination: false,
      select: { film: true },
      populate: { films: { title: true } },
      ...access,
    })
    for (const d of docs as { id: number | string; film?: FilmRef }[])
      belongs.set(`symbols:${d.id}`, titlesOf([d.film]))
  }
  if (essays.length) {
    const { docs } = await payload.find({
      collection: 'essays',
      where: { id: { in: essays } },
      depth: 1,
      pagination: false,
      select: { films: true },
      populate: { films: { title: true } },
      ...access,
    })
    for (const d of docs as { id: number | string; films?: FilmRef[] }[])
      belongs.set(`essays:${d.id}`, titlesOf(d.films ?? []))
  }
  return belongs
}

/**
 * One page of results for `query`, ranked by the database's full-text engine. The engine gives
 * ids only; the rows are then read through Payload with the viewer's access, so the collection's
 * read rule still decides what is shown.
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
  const { docs } = await payload.find({
    collection: 'search',
    where: { id: { in: ranked.ids } },
    depth: 0,
    pagination: false,
    select: { title: true, kind: true, url: true, text: true, doc: true },
    ...access,
  })
  const rows = docs
  const belongs = await filmsOf(payload, rows, access)
  const byId = new Map(rows.map((r) => [String(r.id), r]))
  const results = ranked.ids.flatMap((id) => {
    const row = byId.get(String(id))
    if (!row) return []
    const value = row.doc.value as { id?: unknown } | number | string
    const docId = typeof value === 'object' ? value.id : value
    return [
      {
        id: row.id,
        kind: row.kind ?? '',
        title: row.title ?? '',
        url: row.url ?? '/',
        films: belongs.get(`${row.doc.relationTo}:${String(docId)}`) ?? [],
        snippet: snippetOf(row.text ?? '', query) ?? snippetOf(row.title ?? '', query),
      },
    ]
  })
  return { results, ...counted, page, pages }
}
