import Image from 'next/image'

import { siteURL } from '@/lib/urls'

import type { PosterImage } from './cover'

type Props = {
  media: PosterImage
  /** The rendered width at each breakpoint, so the browser picks the smallest file that fits. */
  sizes: string
  className?: string
  /** Only for the one image that is the page's largest paint above the fold. */
  eager?: boolean
  /** Replaces the media's own alt text, e.g. '' where the picture only repeats the text beside it. */
  alt?: string
}

/**
 * Payload gives an absolute URL when the server URL is configured; on this site's own origin it is
 * reduced to its path so next/image optimises it as a local file (see images.localPatterns).
 */
const localSource = (url: string): string => {
  if (!/^https?:\/\//i.test(url)) return url
  const parsed = new URL(url)
  return parsed.origin === new URL(siteURL()).origin ? `${parsed.pathname}${parsed.search}` : url
}

/** An uploaded image (or a generated cover) at its own aspect ratio; nothing at all when the upload has no file. */
export function MediaImage({ media, sizes, className, eager = false, alt = media.alt }: Props) {
  if (!media.url || !media.width || !media.height) return null
  return (
    <Image
      className={className}
      src={localSource(media.url)}
      width={media.width}
      height={media.height}
      alt={alt}
      sizes={sizes}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
    />
  )
}
