import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeUser, startPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

const upload = (data: Buffer, name: string, mimetype: string) =>
  payload.create({ collection: 'media', data: { alt: 'x' }, file: { data, name, mimetype, size: data.length } })

const status = (operation: Promise<unknown>) => operation.then(() => 'accepted', (e: { status?: number }) => e.status)

describe('accounts', () => {
  it('refuse a password shorter than 12 characters, naming the field', async () => {
    const error = await payload
      .create({ collection: 'users', data: { email: 'short@example.test', password: 'short', name: 'S', role: 'writer' } })
      .then(() => null, (e: { status?: number; data?: { errors?: { path: string }[] } }) => e)
    expect(error?.status).toBe(400)
    expect(error?.data?.errors?.map((e) => e.path)).toContain('password')
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'short@example.test' } } })).totalDocs).toBe(0)
  })

  it('lock after five failed logins, even for the right password', async () => {
    const user = await makeUser(payload, 'writer')
    const login = (password: string) => payload.login({ collection: 'users', data: { email: user.email, password } })
    for (let i = 0; i < 5; i += 1) await expect(login('wrong password!!')).rejects.toBeTruthy()
    await expect(login('correct horse battery staple')).rejects.toThrow(/locked/)
  })
})

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
    const bomb = await sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer()
    expect(bomb.length).toBeLessThan(2_000_000)
    const result = await status(upload(bomb, 'bomb.png', 'image/png'))
    expect(result).not.toBe('accepted')
    expect(result).toBeLessThan(500)
  })
})
