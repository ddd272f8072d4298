// One source of truth for where each kind of document lives on the public site: pages, links,
// search results, the sitemap, previews and revalidation all ask here.

export const paths = {
  home: () => '/',
  films: () => '/films',
  film: (slug: string) => `/films/${slug}`,
  symbol: (filmSlug: string, slug: string) => `/films/${filmSlug}/symbols/${slug}`,
  essays: () => '/essays',
  essay: (slug: string) => `/essays/${slug}`,
  symbols: () => '/symbols',
  themes: () => '/themes',
  theme: (slug: string) => `/themes/${slug}`,
  /** A theme's films run over pages when it has many; the first page is the theme's own. */
  themePage: (slug: string, page: number) => (page > 1 ? `/themes/${slug}/page/${page}` : `/themes/${slug}`),
  genre: (slug: string) => `/genres/${slug}`,
  person: (slug: string) => `/people/${slug}`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  feed: () => '/feed.xml',
  /** A film's generated cover (src/cover/), named by the film's version. */
  cover: (filmSlug: string, version: string) => `/covers/${filmSlug}/${version}.png`,
} as const

/** The site's public origin, for canonical URLs, the sitemap, feeds and previews. */
export const siteURL = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

export const absoluteURL = (path: string): string => `${siteURL()}${path}`
