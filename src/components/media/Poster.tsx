import type { Media } from '@/payload-types'

import { coverImage, type CoverFilm } from './cover'
import { MediaImage } from './MediaImage'

type Props = { film: CoverFilm; poster: Media | null; sizes: string; eager?: boolean }

/**
 * A film's poster in a frame of its own: the uploaded one, or else its generated cover, so no
 * film looks empty. The cover only sets the title beside it in type, so its alt text is empty.
 */
export function Poster({ film, poster, sizes, eager }: Props) {
  const uploaded = poster?.url ? poster : null
  // The /covers route draws what visitors see (a published film's current version); a draft,
  // which only a preview shows, has no cover yet, so it shows none rather than a broken image.
  if (!uploaded && film._status === 'draft') return null
  return (
    <div className="poster">
      <MediaImage
        media={uploaded ?? coverImage(film)}
        alt={uploaded ? uploaded.alt : ''}
        sizes={sizes}
        eager={eager}
      />
    </div>
  )
}
