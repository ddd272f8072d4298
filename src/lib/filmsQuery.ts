import {
  filtersOfListView,
  first,
  pageParam,
  paramsOfQuery,
  slugParam,
  viewOfHref,
  withQuery,
  type SearchParams,
} from './listQuery'
import { paths } from './urls'

// The /films query string (src/lib/listQuery.ts says how every list's is read and written).

export const FILM_SORTS = {
  title: { label: 'Title', sort: 'title' },
  '-releaseDate': { label: 'Newest', sort: '-releaseDate' },
  releaseDate: { label: 'Oldest', sort: 'releaseDate' },
  '-rating': { label: 'Rating', sort: '-rating.score' },
} as const
export type FilmSort = keyof typeof FILM_SORTS

export type FilmFilters = {
  genre?: string
  theme?: string
  country?: string
  decade?: number
  sort?: FilmSort
  page?: number
}

const isSort = (value: string): value is FilmSort => Object.hasOwn(FILM_SORTS, value)

export function parseFilmFilters(params: SearchParams): FilmFilters {
  const genre = slugParam(params.genre)
  const theme = slugParam(params.theme)
  const country = first(params.country)
  const decade = first(params.decade)
  const sort = first(params.sort)
  const page = pageParam(params.page)
  const filters: FilmFilters = {}
  if (genre) filters.genre = genre
  if (theme) filters.theme = theme
  if (country && country.length <= 100) filters.country = country
  if (decade && /^\d{4}$/.test(decade) && Number(decade) % 10 === 0) filters.decade = Number(decade)
  if (sort && isSort(sort)) filters.sort = sort
  if (page) filters.page = page
  return filters
}

/** The filters of a /films query string: a repeated parameter counts by its first value, as everywhere. */
export const filmFiltersOfQuery = (query: URLSearchParams): FilmFilters => parseFilmFilters(paramsOfQuery(query))

/** The /films URL for these filters; the default sort and the first page are left out. */
export function filmsHref({ genre, theme, country, decade, sort, page }: FilmFilters): string {
  const query = new URLSearchParams()
  if (genre) query.set('genre', genre)
  if (theme) query.set('theme', theme)
  if (country) query.set('country', country)
  if (decade) query.set('decade', String(decade))
  if (sort && sort !== 'title') query.set('sort', sort)
  if (page && page > 1) query.set('page', String(page))
  return withQuery(paths.films(), query)
}

/** The films list's cached page for these filters: one path segment (src/lib/listQuery.ts). */
export const filmsView = (filters: FilmFilters): string => viewOfHref(filmsHref(filters))

/** The filters a view segment stands for, or null for any segment `filmsView` would not write. */
export const filtersOfView = (view: string): FilmFilters | null =>
  filtersOfListView(view, filmFiltersOfQuery, filmsHref)
