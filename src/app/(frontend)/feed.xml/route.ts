import { listFeedItems } from '@/lib/content'
import { siteURL } from '@/lib/urls'
import { buildRss } from '@/lib/seo/rss'

// The build has no database; the content layer caches the query, so rendering per request is cheap.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const xml = buildRss(await listFeedItems(), { siteURL: siteURL() })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
