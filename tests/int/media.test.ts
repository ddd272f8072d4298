import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 40, b: 20 } } }).png().toBuffer()

describe('media uploads', () => {
  it('generate WebP thumbnail, card and large sizes with sharp, and remove the files with the document', async () => {
    const data = await png(2400, 1600)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'A test poster', credit: 'Subtext tests' },
      file: { data, mimetype: 'image/png', name: `poster-${Date.now()}.png`, size: data.length },
    })
    const sizes = doc.sizes!
    expect([sizes.thumbnail?.width, sizes.card?.width, sizes.large?.width]).toEqual([320, 640, 1600])
    expect([sizes.thumbnail?.mimeType, sizes.card?.mimeType, sizes.large?.mimeType]).toEqual(['image/webp', 'image/webp', 'image/webp'])
    const dir = path.resolve(import.meta.dirname, '../../media')
    const files = [doc.filename!, sizes.thumbnail!.filename!, sizes.card!.filename!, sizes.large!.filename!].map((f) => path.join(dir, f))
    expect(files.every((f) => existsSync(f))).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id })
    expect(files.some((f) => existsSync(f))).toBe(false)
  })

  it('require alt text', async () => {
    const data = await png(10, 10)
    const create = payload.create({ collection: 'media', data: {} as { alt: string }, file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length } })
    await expect(create).rejects.toMatchObject({ status: 400 })
  })
})
