import type { MetadataRoute } from 'next'

import { absoluteURL, paths } from '@/lib/urls'

// Here rather than in (frontend): Next serves /robots.txt only from the root of the app directory.

// Without NEXT_PUBLIC_SERVER_URL the origin comes from the server's PORT, known only at run time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are endless query variations of pages that are already listed.
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', paths.search()] },
    sitemap: absoluteURL('/sitemap.xml'),
  }
}
