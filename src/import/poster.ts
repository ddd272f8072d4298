import { readFile, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import type { Media } from '../payload-types'
import type { DocId, UpsertAction } from './upsert'

/** An image that travels with an analysis file: `film.txt` and `film.jpg` side by side. */
export type PosterFile = { name: string; data: Buffer; mimetype: string }

/** The image types a poster beside a text file may have, looked for in this order. */
export const POSTER_TYPES = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' }

/** The poster beside `textFile` (same name, an image extension), or null when there is none. */
export async function findPosterBeside(textFile: string): Promise<PosterFile | null> {
  const stem = textFile.slice(0, textFile.length - path.extname(textFile).length)
  for (const [extension, mimetype] of Object.entries(POSTER_TYPES)) {
    const file = `${stem}${extension}`
    try {
      return { name: path.basename(file), data: await readFile(file), mimetype }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return null
}

/** Where the Media collection keeps its files on this server. */
export const mediaDir = (payload: Payload): string => {
  const dir = payload.collections.media.config.upload.staticDir
  if (!dir) throw new Error('the media collection has no staticDir')
  return dir
}

/** Every file Payload wrote for one media document: the original and each image size. */
const filesOf = (payload: Payload, media: Pick<Media, 'filename' | 'sizes'>): string[] =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)]
    .filter((name): name is string => Boolean(name))
    .map((name) => path.join(mediaDir(payload), name))

/** Whether the stored media document holds exactly these bytes (as Payload keeps an original unchanged). */
async function holds(payload: Payload, req: PayloadRequest, id: DocId, data: Buffer): Promise<boolean> {
  const media = await payload.findByID({ collection: 'media', id, depth: 0, req, disableErrors: true })
  if (!media?.filename || media.filesize !== data.byteLength) return false
  const stored = await readFile(path.join(mediaDir(payload), media.filename)).catch(() => null)
  return stored !== null && stored.equals(data)
}

type PosterArgs = {
  payload: Payload
  req: PayloadRequest
  overrideAccess: boolean
  title: string
  poster: PosterFile
  /** The film's current poster, if it has one. */
  current: unknown
  /** Files written for media created here: removed again if the film's transaction fails. */
  written: string[]
}

/**
 * The media document for a film's poster file: its current poster when that is the same image
 * (re-importing a file never duplicates its picture), otherwise a new upload through the Media
 * collection, in the film's transaction, with the film's title as its alt text.
 */
export async function savePoster({
  payload,
  req,
  overrideAccess,
  title,
  poster,
  current,
  written,
}: PosterArgs): Promise<{ id: DocId; action: UpsertAction }> {
  const currentId = current !== null && typeof current === 'object' && 'id' in current ? current.id : current
  if (
    (typeof currentId === 'string' || typeof currentId === 'number') &&
    (await holds(payload, req, currentId, poster.data))
  ) {
    return { id: currentId, action: 'unchanged' }
  }
  const media = await payload.create({
    collection: 'media',
    data: { alt: `Poster of ${title}` },
    file: { data: poster.data, mimetype: poster.mimetype, name: poster.name, size: poster.data.byteLength },
    depth: 0,
    req,
    overrideAccess,
  })
  written.push(...filesOf(payload, media))
  return { id: media.id, action: 'created' }
}

/**
 * A rolled-back transaction takes the media document with it but not the files Payload wrote to
 * disk: they are removed here, so a failed import leaves nothing behind.
 */
export async function removeWritten(files: string[]): Promise<void> {
  await Promise.all(files.map((file) => unlink(file).catch(() => undefined)))
}
