// What the lists' query strings share (src/lib/filmsQuery.ts, essaysQuery.ts, symbolsQuery.ts):
// read defensively — anything malformed is ignored, never an error — and written in one fixed
// order, so every link to one list is one URL and the proxy serves every spelling of it from one
// cached page (src/lib/listingRoutes.ts). Pure but for listViewFilters, the listing pages' 404:
// the proxy reads the rest.

import { notFound } from 'next/navigation'

export type SearchParams = Record<string, string | string[] | undefined>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_PAGE = 10_000

/** A parameter's first value, trimmed; a repeated parameter counts by its first value, as everywhere. */
export const first = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined

export const slugParam = (value: string | string[] | undefined): string | undefined => {
  const v = first(value)
  return v && v.length <= 100 && SLUG.test(v) ? v : undefined
}

export const pageParam = (value: string | string[] | undefined): number | undefined => {
  const v = first(value)
  return v && /^\d+$/.test(v) ? Math.min(Math.max(1, Number(v)), MAX_PAGE) : undefined
}

/** Every parameter of a query string, for the parsers above. */
export function paramsOfQuery(query: URLSearchParams): SearchParams {
  const params: SearchParams = {}
  for (const key of new Set(query.keys())) params[key] = query.getAll(key)
  return params
}

/** `path` with the query string `query` would write; none when it is empty. */
export function withQuery(path: string, query: URLSearchParams): string {
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

/** Stands for the unfiltered first page of a list in a view segment. */
const ALL = 'all'

/**
 * A list's cached page is one path segment: its canonical query (as its href function writes it)
 * in base64url, which no layer decodes on the way.
 */
export function viewOfHref(href: string): string {
  const query = href.split('?')[1]
  return query ? Buffer.from(query).toString('base64url') : ALL
}

/**
 * The filters a view segment stands for, or null for any segment the list's own href function
 * would not have written: nothing can fill the cache with other spellings of one list.
 */
export function filtersOfListView<F>(
  view: string,
  parse: (query: URLSearchParams) => F,
  href: (filters: F) => string,
): F | null {
  const query = view === ALL ? '' : Buffer.from(view, 'base64url').toString()
  const filters = parse(new URLSearchParams(query))
  return viewOfHref(href(filters)) === view ? filters : null
}

/**
 * The filters of a listing page's view segment (`[view]`), read with the list's own
 * `…FiltersOfView`; a segment that list would not have written is a 404.
 */
export async function listViewFilters<F>(
  params: Promise<{ view: string }>,
  ofView: (view: string) => F | null,
): Promise<F> {
  const filters = ofView((await params).view)
  if (!filters) notFound()
  return filters
}
