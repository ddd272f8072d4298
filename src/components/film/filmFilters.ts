import { FILM_SORTS, type FilmFilters, type FilmSort } from '@/lib/content'
import { paths } from '@/lib/urls'

// The /films query string: read defensively (anything malformed is ignored, never an error) and
// written in one fixed order, so every link to the same list is the same URL.

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
