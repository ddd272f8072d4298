import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../src/payload-types'
import { exportFilms } from '../../src/export/exportFilms'
import { parseFilm } from '../../src/filmText'
import { importFiles, type ImportSource } from '../../src/import/importFiles'
import { mediaDir, type PosterFile } from '../../src/import/poster'
import { richTextBuilder } from '../../src/import/richText'
import { readSource } from '../../src/import/source'
import { writeFilm } from '../../src/import/write'
import { SAMPLE_FILMS_DIR } from '../../src/seed/paths'
import { startPayload } from './helpers/payload'

// `film.txt` with `film.jpg` beside it: the image becomes the film's poster, in the film's
// transaction, and importing the same pair again changes nothing.

let payload: Payload
let source: ImportSource

const poster = async (colour: string): Promise<PosterFile> => ({
  name: 'i-am-sam.png',
  mimetype: 'image/png',
  data: await sharp({ create: { width: 200, height: 300, channels: 3, background: colour } })
    .png()
    .toBuffer(),
})

const filmPoster = async (slug: string): Promise<Media | null> => {
  const { docs } = await payload.find({ collection: 'films', where: { slug: { equals: slug } }, depth: 1 })
  const value = docs[0]?.poster
  return value && typeof value === 'object' ? value : null
}
const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

beforeAll(async () => {
  payload = await startPayload()
  source = { file: 'i-am-sam.txt', text: await readFile(path.join(SAMPLE_FILMS_DIR, 'i-am-sam.txt'), 'utf8') }
})

afterAll(async () => {
  // The uploads live in the project's media directory: remove this file's.
  await payload.delete({ collection: 'media', where: { id: { exists: true } } })
})

describe('a poster beside an analysis file', () => {
  it('is found by the file name, whatever image extension it has', async () => {
    const found = await readSource(path.join(SAMPLE_FILMS_DIR, 'miracle-in-cell-no-7.txt'))
    expect(found.poster).toMatchObject({ name: 'miracle-in-cell-no-7.jpg', mimetype: 'image/jpeg' })
    expect((await readSource(path.join(SAMPLE_FILMS_DIR, 'i-am-sam.txt'))).poster).toBeNull()
  })

  it("becomes the film's poster, described by the film's title", async () => {
    const [outcome] = await importFiles(payload, [{ ...source, poster: await poster('#224466') }])
    expect(outcome?.ok).toBe(true)
    const media = await filmPoster('i-am-sam')
    expect(media).toMatchObject({ alt: 'Poster of I Am Sam', mimeType: 'image/png', width: 200, height: 300 })
    expect(existsSync(path.join(mediaDir(payload), media!.filename!))).toBe(true)
  })

  it('is not uploaded again when the same image comes again', async () => {
    const before = await filmPoster('i-am-sam')
    const count = await mediaCount()
    const [outcome] = await importFiles(payload, [{ ...source, poster: await poster('#224466') }])
    expect(outcome?.ok && outcome.report).toMatchObject({ film: 'unchanged', counts: { created: 0, updated: 0 } })
    expect(await mediaCount()).toBe(count)
    expect((await filmPoster('i-am-sam'))?.id).toBe(before?.id)
  })

  it('replaces the poster when the image changed, and a file without one keeps it', async () => {
    const before = await filmPoster('i-am-sam')
    const [changed] = await importFiles(payload, [{ ...source, poster: await poster('#aa3311') }])
    expect(changed?.ok && changed.report?.film).toBe('updated')
    const after = await filmPoster('i-am-sam')
    expect(after?.id).not.toBe(before?.id)
    await importFiles(payload, [source])
    expect((await filmPoster('i-am-sam'))?.id).toBe(after?.id)
  })

  it('leaves no media document and no file behind when the film cannot be written', async () => {
    const count = await mediaCount()
    const files = readdirSync(mediaDir(payload)).sort()
    const parsed = parseFilm(source.text.replace(/I Am Sam/g, 'Rolled Back Sam'), { file: 'rolled-back.txt' })
    if (!parsed.ok) throw new Error(parsed.error.message)
    // The film's runtime is refused by its validation, after the poster was uploaded.
    const write = writeFilm(
      payload,
      { ...parsed.film, runtimeMinutes: -1 },
      {
        draft: false,
        richText: await richTextBuilder(payload),
        poster: await poster('#00aa00'),
      },
    )
    await expect(write).rejects.toMatchObject({ status: 400 })
    expect(await mediaCount()).toBe(count)
    expect(readdirSync(mediaDir(payload)).sort()).toEqual(files)
  })

  it('that is not an image is refused with the film, which is not written', async () => {
    const [outcome] = await importFiles(payload, [
      {
        file: 'not-an-image.txt',
        text: source.text.replace(/I Am Sam/g, 'Not An Image'),
        poster: { name: 'not-an-image.jpg', mimetype: 'image/jpeg', data: Buffer.from('plain text, not a JPEG') },
      },
    ])
    expect(outcome).toMatchObject({ ok: false })
    expect((await payload.count({ collection: 'films', where: { slug: { equals: 'not-an-image' } } })).totalDocs).toBe(
      0,
    )
  })

  it('is written back beside the text by the export, and that pair imports unchanged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'subtext-export-posters-'))
    const outcomes = await exportFilms(payload, dir)
    const sam = outcomes.find((o) => o.ok && o.slug === 'i-am-sam')
    expect(sam?.ok && sam.poster).toBe(path.join(dir, 'i-am-sam.png'))
    const stored = await filmPoster('i-am-sam')
    expect(
      readFileSync(path.join(dir, 'i-am-sam.png')).equals(
        readFileSync(path.join(mediaDir(payload), stored!.filename!)),
      ),
    ).toBe(true)
    const count = await mediaCount()
    const [again] = await importFiles(payload, [await readSource(path.join(dir, 'i-am-sam.txt'))])
    expect(again?.ok && again.report?.film).toBe('unchanged')
    expect(await mediaCount()).toBe(count)
    rmSync(dir, { recursive: true, force: true })
  })
})
