import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { asViewer } from './viewer'

export const SEARCH_LIMITS = { minLength: 2, maxLength: 100, results: 50 } as const

export type Snippet = { before: string; match: string; after: string }
export type SearchResult = { id: string | number; kind: string; title: string; url: string; snippet: Snippet | null }

const SNIPPET_RADIUS = 90

/** The text around the first word of the query that the document contains, for highlighting. */
export function snippetOf(text: string, query: string): Snippet | null {
  const lower = text.toLowerCase()
  for (const word of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    const at = lower.indexOf(word)
    if (at < 0) continue
    const start = Math.max(0, at - SNIPPET_RADIUS)
    const end = Math.min(text.length, at + word.length + SNIPPET_RADIUS)
    return {
      before: `${start > 0 ? '…' : ''}${text.slice(start, at)}`,
      match: text.slice(at, at + word.length),
      after: `${text.slice(at + word.length, end)}${end < text.length ? '…' : ''}`,
    }
  }
  return null
}

export const normaliseQuery = (q: unknown): string =>
  typeof q === 'string' ? q.trim().replace(/\s+/g, ' ').slice(0, SEARCH_LIMITS.maxLength) : ''

/**
 * Full-text search over the published index kept by Payload's search plugin. Payload's `like`
 * matches every word of the query, in the database (LIKE on SQLite, ILIKE on PostgreSQL).
 */
export function searchSite(rawQuery: string): Promise<SearchResult[]> {
  const q = normaliseQuery(rawQuery)
  if (q.length < SEARCH_LIMITS.minLength) return Promise.resolve([])
  return asViewer(['search', q], [collectionTag('search')], async (access) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'search',
      overrideAccess: access.overrideAccess,
      where: { or: [{ title: { like: q } }, { text: { like: q } }] },
      sort: ['priority', 'title'],
      limit: SEARCH_LIMITS.results,
      depth: 0,
      select: { title: true, kind: true, url: true, text: true },
    })
    return docs.map((doc) => ({
      id: doc.id,
      kind: doc.kind ?? '',
      title: doc.title ?? '',
      url: doc.url ?? '/',
      snippet: snippetOf(doc.text ?? '', q) ?? snippetOf(doc.title ?? '', q),
    }))
  })
}
