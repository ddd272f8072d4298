import type { Essay } from '@/payload-types'

import { filtersOfListView, first, pageParam, paramsOfQuery, slugParam, viewOfHref, withQuery } from './listQuery'
import { paths } from './urls'

// The /essays query string (src/lib/listQuery.ts says how every list's is read and written).

/**
 * What each essay kind is called, in the order the index offers them. Every kind of
 * `collections/Essays.ts` must be here (the type says so), and the proxy may read it without
 * loading the collection.
 */
export const ESSAY_KIND_LABELS: Record<Essay['kind'], string> = {
  'philosophical-question': 'Philosophical question',
  'core-meaning': 'Core meaning',
  analysis: 'Essay',
}
export type EssayKind = Essay['kind']
export const ESSAY_KINDS = Object.keys(ESSAY_KIND_LABELS) as EssayKind[]

export type EssayFilters = { kind?: EssayKind; film?: string; page?: number }

const isKind = (value: string): value is EssayKind => Object.hasOwn(ESSAY_KIND_LABELS, value)

export function essayFiltersOfQuery(query: URLSearchParams): EssayFilters {
  const params = paramsOfQuery(query)
  const kind = first(params.kind)
  const film = slugParam(params.film)
  const page = pageParam(params.page)
  const filters: EssayFilters = {}
  if (kind && isKind(kind)) filters.kind = kind
  if (film) filters.film = film
  if (page) filters.page = page
  return filters
}

/** The /essays URL for these filters; the first page is left out. */
export function essaysHref({ kind, film, page }: EssayFilters): string {
  const query = new URLSearchParams()
  if (kind) query.set('kind', kind)
  if (film) query.set('film', film)
  if (page && page > 1) query.set('page', String(page))
  return withQuery(paths.essays(), query)
}

export const essaysView = (filters: EssayFilters): string => viewOfHref(essaysHref(filters))

export const essayFiltersOfView = (view: string): EssayFilters | null =>
  filtersOfListView(view, essayFiltersOfQuery, essaysHref)
