import { listSitemapSegments } from '@/lib/content'
import {
  allSitemapEntries,
  needsSitemapIndex,
  SITEMAP_HEADERS,
  sitemapFileURL,
  sitemapIndexXml,
  urlsetXml,
} from '@/lib/seo/sitemap'

// /sitemap.xml, where robots.txt points: the one sitemap while the site fits in one file, a
// sitemap index of /sitemap/<id>.xml (./sitemap/[file]/route.ts) past SITEMAP_MAX_URLS (5,000) URLs.

// The build has no database; the content layer caches the query, so rendering per request is cheap.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const segments = await listSitemapSegments()
  const xml = needsSitemapIndex(segments)
    ? sitemapIndexXml(segments.map((s) => sitemapFileURL(s.id)))
    : urlsetXml(await allSitemapEntries(segments))
  return new Response(xml, { headers: SITEMAP_HEADERS })
}
