import path from 'node:path'

import { POSTER_TYPES, type PosterFile } from '../poster'
import { RequestProblem } from './body'
import { displayName } from './fileName'
import { MAX_POSTER_BYTES, MAX_POSTERS_BYTES } from './limits'

/** The form field that carries the poster of the confirm request's file number `index`. */
export const posterField = (index: number): string => `poster-${index}`

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`

/**
 * The poster sent with each file of a multipart confirm, or null. Its type is taken from its
 * name here and checked by content when the Media collection stores it, as every upload is.
 */
export async function readPosters(form: FormData, count: number): Promise<(PosterFile | null)[]> {
  const posters: (PosterFile | null)[] = []
  let total = 0
  for (let index = 0; index < count; index++) {
    const entry = form.get(posterField(index))
    if (entry === null) {
      posters.push(null)
      continue
    }
    if (typeof entry === 'string') throw new RequestProblem(400, `"${posterField(index)}" must be an image file.`)
    const name = displayName(entry.name)
    const mimetype = POSTER_TYPES[path.extname(name).toLowerCase() as keyof typeof POSTER_TYPES]
    if (!mimetype) throw new RequestProblem(400, `${name} is not a poster: send a .jpg, .png or .webp image.`)
    if (entry.size > MAX_POSTER_BYTES)
      throw new RequestProblem(413, `${name} is larger than ${megabytes(MAX_POSTER_BYTES)}; send a smaller poster.`)
    total += entry.size
    if (total > MAX_POSTERS_BYTES)
      throw new RequestProblem(
        413,
        `The posters together are larger than ${megabytes(MAX_POSTERS_BYTES)}; import fewer at a time.`,
      )
    posters.push({ name, mimetype, data: Buffer.from(await entry.arrayBuffer()) })
  }
  return posters
}
