import type { MetadataRoute } from 'next'

import { listPublishedPaths } from '@/lib/content'
import { absoluteURL, paths } from '@/lib/urls'

// The build has no database; the content layer caches the query, so rendering per request is cheap.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const published = await listPublishedPaths()
  return [
    ...[paths.home(), paths.films(), paths.themes()].map((path) => ({ url: absoluteURL(path) })),
    ...published.map(({ path, lastModified }) => ({ url: absoluteURL(path), lastModified })),
  ]
}
