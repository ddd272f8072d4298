import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

import { absoluteURL, paths, siteURL } from '../urls'
import { OG_SIZE, ogImagePath } from './og'
import { truncate } from './text'

export const SITE_NAME = 'Subtext'
export const SITE_TITLE = 'Subtext — film analysis'
export const SITE_DESCRIPTION =
  'Close readings of films: their symbols and motifs, the questions they raise, and what they mean.'

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_MAX = 160

// A page's `alternates` replaces the layout's whole, so every page repeats the feed link.
const FEED_ALTERNATE = { 'application/rss+xml': paths.feed() }

export type SocialImage = { url: string; alt: string; width?: number; height?: number }

/** An upload, or anything shaped like one (a film's generated cover). */
type ImageSource = Pick<Media, 'url' | 'alt' | 'width' | 'height'> & { sizes?: Media['sizes'] }

/** Payload gives absolute URLs when `serverURL` is set and site-relative ones otherwise. */
const absoluteMediaURL = (url: string): string =>
  /^https?:\/\//i.test(url) ? url : absoluteURL(url.startsWith('/') ? url : `/${url}`)

/** An uploaded image for social cards: its `large` size when there is one, else the original. */
export function mediaImage(media: ImageSource | null | undefined): SocialImage | null {
  if (!media) return null
  const large = media.sizes?.large
  const { url, width, height } = large?.url ? large : media
  if (!url) return null
  return { url: absoluteMediaURL(url), alt: media.alt, ...(width ? { width } : {}), ...(height ? { height } : {}) }
}

const generatedImage = (title: string, kicker?: string | null): SocialImage => ({
  url: absoluteURL(ogImagePath(title, kicker)),
  alt: title,
  ...OG_SIZE,
})

export const siteMetadata: Metadata = {
  metadataBase: new URL(siteURL()),
  applicationName: SITE_NAME,
  title: { default: SITE_TITLE, template: `%s — ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: FEED_ALTERNATE },
  openGraph: {
    siteName: SITE_NAME,
    type: 'website',
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    images: [generatedImage(SITE_TITLE)],
  },
  twitter: { card: 'summary_large_image' },
}

export type PageMetadataInput = {
  title: string
  description?: string | null
  /** Site-relative path of the page, e.g. paths.film(slug); it becomes the canonical URL. */
  path: string
  image?: ImageSource | null
  noindex?: boolean
  type?: 'website' | 'article' | 'video.movie'
  /** Only Open Graph articles carry it. */
  publishedTime?: string | null
  /** A line above the title on the generated image, e.g. 'Essay'; unused when `image` is given. */
  kicker?: string | null
}

export function pageMetadata({
  title,
  description,
  path,
  image,
  noindex,
  type = 'website',
  publishedTime,
  kicker,
}: PageMetadataInput): Metadata {
  const url = absoluteURL(path)
  const summary = truncate(description?.trim() || SITE_DESCRIPTION, DESCRIPTION_MAX)
  const picture = mediaImage(image) ?? generatedImage(title, kicker)
  const openGraph = { title, description: summary, url, siteName: SITE_NAME, images: [picture] }
  return {
    // The home page's title is the site's own name, which the template would repeat.
    title: path === paths.home() ? { absolute: title } : title,
    description: summary,
    alternates: { canonical: url, types: FEED_ALTERNATE },
    openGraph:
      type === 'article' ? { ...openGraph, type, ...(publishedTime ? { publishedTime } : {}) } : { ...openGraph, type },
    twitter: { card: 'summary_large_image', title, description: summary, images: [picture] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}
