import type { Media } from '@/payload-types'

import { MediaImage } from './MediaImage'

type Props = { poster: Media | null; sizes: string; eager?: boolean }

/** A film's poster in a frame of its own; films without one simply show none (no empty box). */
export function Poster({ poster, sizes, eager }: Props) {
  if (!poster?.url) return null
  return (
    <div className="poster">
      <MediaImage media={poster} sizes={sizes} eager={eager} />
    </div>
  )
}
