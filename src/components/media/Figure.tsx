import type { Media } from '@/payload-types'

import { MediaImage } from './MediaImage'

/** An uploaded image with its caption and credit when the editors gave them. */
export function Figure({ media, sizes }: { media: Media; sizes: string }) {
  if (!media.url) return null
  return (
    <figure className="figure">
      <MediaImage media={media} sizes={sizes} />
      {media.caption || media.credit ? (
        <figcaption>
          {media.caption}
          {media.credit ? <span className="figure__credit">{media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
