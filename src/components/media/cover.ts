import type { Film, Media } from '@/payload-types'
import { COVER_SIZE, coverVersion } from '@/cover/identity'
import { paths } from '@/lib/urls'

/** What an <img> of a poster needs: an upload, or a film's generated cover. */
export type PosterImage = Pick<Media, 'url' | 'width' | 'height' | 'alt'>

export type CoverFilm = Pick<Film, 'slug' | 'title' | 'updatedAt' | '_status'>

/**
 * The generated cover of a film without an uploaded poster, served by the /covers route and
 * optimised by next/image like an upload. `alt` is the film's title for where the picture stands
 * alone (social cards); beside the title itself, Poster makes it decorative.
 */
export const coverImage = (film: CoverFilm): PosterImage => ({
  url: paths.cover(film.slug, coverVersion(film.updatedAt)),
  ...COVER_SIZE,
  alt: `${film.title}: cover`,
})
