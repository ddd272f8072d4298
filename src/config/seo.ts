import { seoPlugin } from '@payloadcms/plugin-seo'

import { absoluteURL, paths } from '../lib/urls'

// Payload's SEO plugin gives editors a `meta` group (title, description, image) on each public
// document; pages fall back to the document's own title, logline and poster when it is empty.

type Doc = { title?: string; name?: string; slug?: string; logline?: string | null; poster?: unknown }

export const seo = seoPlugin({
  collections: ['films', 'symbols', 'essays', 'themes', 'people'],
  uploadsCollection: 'media',
  tabbedUI: false,
  generateTitle: ({ doc }) => (doc as Doc).title ?? (doc as Doc).name ?? '',
  generateDescription: ({ doc }) => (doc as Doc).logline ?? '',
  generateImage: ({ doc }) => {
    const poster = (doc as Doc).poster
    return (poster && typeof poster === 'object' ? (poster as { id: string | number }).id : poster) as string
  },
  generateURL: ({ doc, collectionSlug }) => {
    const slug = (doc as Doc).slug ?? ''
    if (collectionSlug === 'films') return absoluteURL(paths.film(slug))
    if (collectionSlug === 'essays') return absoluteURL(paths.essay(slug))
    if (collectionSlug === 'themes') return absoluteURL(paths.theme(slug))
    if (collectionSlug === 'people') return absoluteURL(paths.person(slug))
    return absoluteURL(paths.films())
  },
})
