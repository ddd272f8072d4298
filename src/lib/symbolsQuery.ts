import { filtersOfListView, pageParam, paramsOfQuery, viewOfHref, withQuery } from './listQuery'
import { paths } from './urls'

// The /symbols query string: the atlas's page (src/lib/listQuery.ts says how lists' are read and written).

export type AtlasFilters = { page?: number }

export function atlasFiltersOfQuery(query: URLSearchParams): AtlasFilters {
  const page = pageParam(paramsOfQuery(query).page)
  return page ? { page } : {}
}

/** The /symbols URL of this page of the atlas; the first page is left out. */
export function atlasHref({ page }: AtlasFilters): string {
  const query = new URLSearchParams()
  if (page && page > 1) query.set('page', String(page))
  return withQuery(paths.symbols(), query)
}

export const atlasView = (filters: AtlasFilters): string => viewOfHref(atlasHref(filters))

export const atlasFiltersOfView = (view: string): AtlasFilters | null =>
  filtersOfListView(view, atlasFiltersOfQuery, atlasHref)
