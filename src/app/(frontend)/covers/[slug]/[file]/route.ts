import type { Film, Genre, Theme } from '@/payload-types'
import { drawCover, type CoverInput } from '@/cover/draw'
import { coverVersion } from '@/cover/identity'
import { getFilm, populatedList } from '@/lib/content'
import { yearOf } from '@/lib/displayFormats'

type Props = { params: Promise<{ slug: string; file: string }> }

/** The palette follows the genres, or the themes of a film that has no genre yet. */
const coverInput = (film: Film): CoverInput => {
  const genres = populatedList<Genre>(film.genres).map((genre) => genre.name)
  return {
    title: film.title,
    originalTitle: film.originalTitle,
    year: yearOf(film.releaseDate),
    palette: genres.length > 0 ? genres : populatedList<Theme>(film.themes).map((theme) => theme.name),
  }
}

/**
 * GET /covers/<film>/<version>.png — the generated cover of a published film, read as the visitor.
 * Only the film's current version is drawn (anything else is a 404), so no one can make the
 * server draw pictures at will, and the picture under a name never changes: it is cached for good
 * by browsers, the front and next/image, which serves it as AVIF/WebP at the sizes a page asks for.
 */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const { slug, file } = await params
  const film = await getFilm(slug)
  if (!film || file !== `${coverVersion(film.updatedAt)}.png`) {
    return new Response('No such cover.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const png = await drawCover(coverInput(film))
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
