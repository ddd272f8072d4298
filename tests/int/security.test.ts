import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

const upload = (data: Buffer, name: string, mimetype: string) =>
  payload.create({ collection: 'media', data: { alt: 'x' }, file: { data, name, mimetype, size: data.length } })

const status = (operation: Promise<unknown>) =>
  operation.then(
    () => 'accepted',
    (e: { status?: number }) => e.status,
  )

describe('uploads', () => {
  it('are checked by content: text named .png is refused and leaves no document', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    expect(await status(upload(Buffer.from('definitely not an image'), 'fake.png', 'image/png'))).toBe(400)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuse SVG, which can carry script', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    expect(await status(upload(svg, 'x.svg', 'image/svg+xml'))).toBe(400)
  })

  it('refuse a decompression bomb before decoding it', async () => {
    const bomb = await sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2_000_000)
    const result = await status(upload(bomb, 'bomb.png', 'image/png'))
    expect(result).not.toBe('accepted')
    expect(result).toBeLessThan(500)
  })
})
