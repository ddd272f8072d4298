import { essayFiltersOfQuery, essaysView } from './essaysQuery'
import { filmFiltersOfQuery, filmsView } from './filmsQuery'
import { atlasFiltersOfQuery, atlasView } from './symbolsQuery'
import { paths } from './urls'

/**
 * The home page and the lists are cached like every other page, so each must be a path Next can
 * render on its first request and keep: a query string makes a page dynamic, and a page without a
 * dynamic segment is rendered by `next build`, which has no database. The proxy serves each
 * public URL from one internal path per distinct list (`/films?sort=-rating&genre=drama` and its
 * reorderings all from one), under a prefix that is never served directly.
 */
export const LISTING = '/listing'

/** The one view of the lists that take no query. */
export const INDEX_VIEW = 'index'

export function listingPathFor(pathname: string, query: URLSearchParams): string | null {
  if (pathname === paths.home()) return `${LISTING}/home/${INDEX_VIEW}`
  if (pathname === paths.themes()) return `${LISTING}/themes/${INDEX_VIEW}`
  if (pathname === paths.films()) return `${LISTING}/films/${filmsView(filmFiltersOfQuery(query))}`
  if (pathname === paths.essays()) return `${LISTING}/essays/${essaysView(essayFiltersOfQuery(query))}`
  if (pathname === paths.symbols()) return `${LISTING}/symbols/${atlasView(atlasFiltersOfQuery(query))}`
  return null
}

export const isListingPath = (pathname: string): boolean => pathname === LISTING || pathname.startsWith(`${LISTING}/`)
