import { listSitemapSegments } from '@/lib/content'
import { SITEMAP_HEADERS, sitemapEntries, urlsetXml } from '@/lib/seo/sitemap'

// /sitemap/<id>.xml: one file of the sitemap index that /sitemap.xml becomes past SITEMAP_MAX_URLS
// (src/lib/content/sitemap.ts) URLs.

// The build has no database; the content layer caches the query, so rendering per request is cheap.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const segments = await listSitemapSegments()
  const index = segments.findIndex((s) => `${s.id}.xml` === file)
  const segment = segments[index]
  if (!segment) return new Response('No such sitemap file; /sitemap.xml lists them.\n', { status: 404 })
  return new Response(urlsetXml(await sitemapEntries(segment, index === 0)), { headers: SITEMAP_HEADERS })
}
