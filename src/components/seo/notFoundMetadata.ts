import type { Metadata } from 'next'

import { SITE_NAME } from '@/lib/seo/metadata'

/**
 * The 404 page's title. A page that finds nothing at its address returns this from its
 * generateMetadata: Next keeps the metadata of the page that called notFound(), not the not-found
 * page's own, so without it a missing film would be titled like the home page.
 */
export const NOT_FOUND_METADATA: Metadata = {
  title: { absolute: `Page not found — ${SITE_NAME}` },
  robots: { index: false },
}
