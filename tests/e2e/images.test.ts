import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { getPage, login, url } from './helpers/http'

// A poster uploaded through the API reaches the film page through next/image: responsive srcset,
// modern formats, intrinsic size set (no layout shift) and the media's alt text.

let token: string

beforeAll(async () => {
  token = await login('editor')
  const poster = await sharp({ create: { width: 1000, height: 1500, channels: 3, background: '#8a3b12' } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(poster)], { type: 'image/jpeg' }), 'shawshank-poster.jpg')
  form.append('_payload', JSON.stringify({ alt: 'Poster: a man in the rain, arms raised' }))
  const upload = await fetch(url('/api/media'), {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  expect(upload.status).toBe(201)
  const media = ((await upload.json()) as { doc: { id: string | number } }).doc
  const films = await fetch(url('/api/films?where[slug][equals]=the-shawshank-redemption&depth=0'), {
    headers: { authorization: `JWT ${token}` },
  })
  const film = ((await films.json()) as { docs: { id: string | number }[] }).docs[0]!
  const patch = await fetch(url(`/api/films/${film.id}`), {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ poster: media.id }),
  })
  expect(patch.status).toBe(200)
})

describe('the poster on the film page', () => {
  it('is a sized, described, responsive next/image that loads first', async () => {
    const { html } = await getPage('/films/the-shawshank-redemption')
    const img = /<img[^>]*alt="Poster: a man in the rain, arms raised"[^>]*>/.exec(html)?.[0]
    expect(img, 'the poster <img> with its alt text').toBeTruthy()
    expect(img).toMatch(/width="1000"/)
    expect(img).toMatch(/height="1500"/)
    expect(img).toMatch(/srcSet="[^"]*\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2F[^"]*\d+w,/)
    expect(img).toMatch(/sizes="/)
    expect(img).not.toMatch(/loading="lazy"/)
  })

  it('is served in a modern format at the width asked for', async () => {
    const { html } = await getPage('/films/the-shawshank-redemption')
    const srcSet = /<img[^>]*alt="Poster: a man in the rain, arms raised"[^>]*\ssrcSet="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&amp;', '&')
    const [candidate, descriptor] = (srcSet ?? '').split(',')[0]!.trim().split(' ')
    const asked = Number(descriptor?.replace('w', ''))
    expect(asked).toBeLessThan(1000) // the smallest candidate is smaller than the upload
    const response = await fetch(url(candidate!), { headers: { accept: 'image/avif,image/webp,*/*' } })
    expect(response.status).toBe(200)
    expect(['image/avif', 'image/webp']).toContain(response.headers.get('content-type'))
    const { width } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(width).toBeLessThanOrEqual(asked)
  })

  it('is lazy in lists below the fold', async () => {
    const { html } = await getPage('/films')
    const img = /<img[^>]*alt="Poster: a man in the rain, arms raised"[^>]*>/.exec(html)?.[0]
    expect(img).toMatch(/loading="lazy"/)
  })
})
