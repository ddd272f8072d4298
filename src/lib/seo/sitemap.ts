import { listPublishedPaths, SITEMAP_MAX_URLS, type SitemapSegment } from '../content'
import { absoluteURL, paths } from '../urls'
import { xmlEscape } from './rss'

// The sitemap protocol's XML (sitemaps.org/protocol.html): one urlset per file, and past
// SITEMAP_MAX_URLS URLs a sitemap index naming the files. Written here rather than with Next's
// sitemap.ts and generateSitemaps: those claim /sitemap.xml for themselves and write no index.

type Entry = { url: string; lastModified?: string }

/** The index pages every sitemap starts with: in the first file, or the only one. */
const indexPages = (): Entry[] =>
  [paths.home(), paths.films(), paths.themes(), paths.symbols(), paths.essays()].map((p) => ({ url: absoluteURL(p) }))

export const sitemapFileURL = (id: string): string => absoluteURL(`/sitemap/${id}.xml`)

/** The entries of one sitemap file: its segment's published pages, after the index pages in the first. */
export async function sitemapEntries(segment: SitemapSegment, first: boolean): Promise<Entry[]> {
  const published = await listPublishedPaths(segment)
  return [
    ...(first ? indexPages() : []),
    ...published.map(({ path, lastModified }) => ({ url: absoluteURL(path), lastModified })),
  ]
}

/** Every entry of a site small enough for one file (at most SITEMAP_MAX_URLS URLs). */
export async function allSitemapEntries(segments: SitemapSegment[]): Promise<Entry[]> {
  const files = await Promise.all(segments.map((segment, i) => sitemapEntries(segment, i === 0)))
  return segments.length ? files.flat() : indexPages()
}

/** Whether the site needs a sitemap index: more URLs than one file may hold. */
export const needsSitemapIndex = (segments: SitemapSegment[]): boolean =>
  segments.reduce((sum, s) => sum + s.urls, indexPages().length) > SITEMAP_MAX_URLS

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

export const urlsetXml = (entries: Entry[]): string =>
  [
    XML_HEAD,
    `<urlset ${NS}>`,
    ...entries.map(({ url, lastModified }) => {
      const date = lastModified ? `<lastmod>${xmlEscape(new Date(lastModified).toISOString())}</lastmod>` : ''
      return `<url><loc>${xmlEscape(url)}</loc>${date}</url>`
    }),
    '</urlset>',
    '',
  ].join('\n')

export const sitemapIndexXml = (urls: string[]): string =>
  [
    XML_HEAD,
    `<sitemapindex ${NS}>`,
    ...urls.map((url) => `<sitemap><loc>${xmlEscape(url)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')

export const SITEMAP_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' }
