import { createHash } from 'node:crypto'

import { unstable_cache } from 'next/cache'

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

/** Everything a picture depends on, hashed: the same input always draws the same picture. */
const inputHash = (input: CoverInput): string =>
  createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32)

/**
 * A picture is drawn once per input and kept in Next's data cache under its hash (base64, as that
 * cache holds JSON): drawing takes 70–130 ms, reading it back well under one. No tag is needed:
 * the film read above is cached under the film's, its genres' and its themes' tags
 * (src/lib/content/films.ts), so a change to any of them (a genre renamed) gives a new input, hence
 * a new hash, and the new picture is drawn on the next request.
 */
const drawnCover = (input: CoverInput, hash: string, onDraw: () => void): Promise<string> =>
  unstable_cache(
    async () => {
      onDraw()
      return (await drawCover(input)).toString('base64')
    },
    ['cover', hash],
    { revalidate: false },
  )()

const notFound = () =>
  new Response('No such cover.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * GET /covers/<film>/<version>.png — the generated cover of a published film, read as the visitor.
 * Only the film's current version is drawn (anything else is a 404), so no one can make the
 * server draw pictures at will. The version follows the film's own saves; its genres' and themes'
 * names, which choose the palette, can change under the same name (a film card does not load
 * them to name the cover), so the picture is not `immutable`: caches ask again and get a 304 while
 * the ETag, the input's hash, holds. The front is purged on every change; next/image keeps its
 * AVIF/WebP copies for `images.minimumCacheTTL` before it asks again.
 *
 * `X-Cover-Cache` says whether this request drew the picture (miss) or found it drawn (hit).
 */
export async function GET(request: Request, { params }: Props): Promise<Response> {
  const { slug, file } = await params
  const film = await getFilm(slug)
  if (!film || file !== `${coverVersion(film.updatedAt)}.png`) return notFound()
  const input = coverInput(film)
  const etag = `"${inputHash(input)}"`
  const headers = { 'Cache-Control': 'public, max-age=0, must-revalidate', ETag: etag }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  let drawn = false
  const png = Buffer.from(
    await drawnCover(input, etag, () => {
      drawn = true
    }),
    'base64',
  )
  return new Response(new Uint8Array(png), {
    headers: { ...headers, 'Content-Type': 'image/png', 'X-Cover-Cache': drawn ? 'miss' : 'hit' },
  })
}
