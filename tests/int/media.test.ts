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

// The smallest well-formed PDF: one empty page, with its cross-reference table.
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >> endobj',
  'xref',
  '0 4',
  '0000000000 65535 f ',
  '0000000009 00000 n ',
  '0000000058 00000 n ',
  '0000000115 00000 n ',
  'trailer << /Size 4 /Root 1 0 R >>',
  'startxref',
  '186',
  '%%EOF',
].join('\n')

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 40, b: 20 } } })
    .png()
    .toBuffer()

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
    expect([sizes.thumbnail?.mimeType, sizes.card?.mimeType, sizes.large?.mimeType]).toEqual([
      'image/webp',
      'image/webp',
      'image/webp',
    ])
    const dir = path.resolve(import.meta.dirname, '../../media')
    const files = [doc.filename!, sizes.thumbnail!.filename!, sizes.card!.filename!, sizes.large!.filename!].map((f) =>
      path.join(dir, f),
    )
    expect(files.every((f) => existsSync(f))).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id })
    expect(files.some((f) => existsSync(f))).toBe(false)
  })

  // Each file is what its name says, so only the collection's mime whitelist (not sharp, not a
  // name check) can refuse it: without the whitelist, or with SVG added to it, these are stored.
  it.each([
    [
      'a text file',
      'notes.txt',
      'text/plain',
      () => Buffer.from('Just some notes, not an image.\n'),
      'File type text/plain (from extension txt) is not allowed.',
    ],
    ['a PDF', 'poster.pdf', 'application/pdf', () => Buffer.from(PDF, 'latin1'), 'Invalid MIME type: application/pdf.'],
    [
      'an SVG',
      'logo.svg',
      'image/svg+xml',
      () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>',
        ),
      'Invalid MIME type: image/svg+xml.',
    ],
  ])('refuse %s by its type, naming the file field', async (_label, name, mimetype, data, message) => {
    const file = data()
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const create = payload.create({
      collection: 'media',
      data: { alt: 'Not an image' },
      file: { data: file, mimetype, name, size: file.length },
    })
    await expect(create).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'file', message }] } })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('require alt text', async () => {
    const data = await png(10, 10)
    const create = payload.create({
      collection: 'media',
      data: {} as { alt: string },
      file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
    })
    await expect(create).rejects.toMatchObject({ status: 400 })
  })
})
