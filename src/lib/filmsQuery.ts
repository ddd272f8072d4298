import { paths } from './urls'

// The /films query string: read defensively (anything malformed is ignored, never an error) and
// written in one fixed order, so every link to the same list is the same URL. Pure: the proxy
// reads it too, to serve every spelling of one list from one cached page.

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

export type SearchParams = Record<string, string | string[] | undefined>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_PAGE = 10_000

const first = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined

const isSort = (value: string): value is FilmSort => Object.hasOwn(FILM_SORTS, value)

export function parseFilmFilters(params: SearchParams): FilmFilters {
  const genre = first(params.genre)
  const theme = first(params.theme)
  const country = first(params.country)
  const decade = first(params.decade)
  const sort = first(params.sort)
  const page = first(params.page)
  const filters: FilmFilters = {}
  if (genre && genre.length <= 100 && SLUG.test(genre)) filters.genre = genre
  if (theme && theme.length <= 100 && SLUG.test(theme)) filters.theme = theme
  if (country && country.length <= 100) filters.country = country
  if (decade && /^\d{4}$/.test(decade) && Number(decade) % 10 === 0) filters.decade = Number(decade)
  if (sort && isSort(sort)) filters.sort = sort
  if (page && /^\d+$/.test(page)) filters.page = Math.min(Math.max(1, Number(page)), MAX_PAGE)
  return filters
}

/** The filters of a /films query string: a repeated parameter counts by its first value, as everywhere. */
export function filmFiltersOfQuery(query: URLSearchParams): FilmFilters {
  const params: SearchParams = {}
  for (const key of new Set(query.keys())) params[key] = query.getAll(key)
  return parseFilmFilters(params)
}

/** The /films URL for these filters; the default sort and the first page are left out. */
export function filmsHref({ genre, theme, country, decade, sort, page }: FilmFilters): string {
  const query = new URLSearchParams()
  if (genre) query.set('genre', genre)
  if (theme) query.set('theme', theme)
  if (country) query.set('country', country)
  if (decade) query.set('decade', String(decade))
  if (sort && sort !== 'title') query.set('sort', sort)
  if (page && page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `${paths.films()}?${search}` : paths.films()
}

/** Stands for the unfiltered list in a view segment. */
const ALL_FILMS = 'all'

/**
 * The films list's cached page for these filters is one path segment: its canonical query in
 * base64url, which no layer decodes on the way (src/lib/listingRoutes.ts explains why a path).
 */
export function filmsView(filters: FilmFilters): string {
  const query = filmsHref(filters).split('?')[1]
  return query ? Buffer.from(query).toString('base64url') : ALL_FILMS
}

/** The filters a view segment stands for, or null for any segment `filmsView` would not write. */
export function filtersOfView(view: string): FilmFilters | null {
  const query = view === ALL_FILMS ? '' : Buffer.from(view, 'base64url').toString()
  const filters = filmFiltersOfQuery(new URLSearchParams(query))
  return filmsView(filters) === view ? filters : null
}
