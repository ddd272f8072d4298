import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { apiOk, getPage, login, url } from './helpers/http'

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

// A film without an uploaded poster shows its generated cover through the same path.
const coverImg = (html: string): string | undefined =>
  /<img[^>]*srcSet="[^"]*url=%2Fcovers%2Fi-am-sam%2F[0-9a-f]{16}\.png[^"]*"[^>]*>/.exec(html)?.[0]

/** The address of I Am Sam's cover, as its film page names it (its Open Graph image). */
const coverAddress = async (): Promise<string> => {
  const { html } = await getPage('/films/i-am-sam')
  return new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname
}

describe("a film's generated cover", () => {
  it('stands in for the poster in the film header, sized and responsive', async () => {
    const { html } = await getPage('/films/i-am-sam')
    const img = coverImg(html)
    expect(img, 'the cover <img> of I Am Sam').toBeTruthy()
    expect(img).toMatch(/width="800"/)
    expect(img).toMatch(/height="1200"/)
    expect(img).toMatch(/sizes="/)
    // Beside the title it only repeats, so it is decorative.
    expect(img).toMatch(/alt=""/)
  })

  it('is served as AVIF or WebP at the width asked for', async () => {
    const { html } = await getPage('/films/i-am-sam')
    const srcSet = /\ssrcSet="([^"]+)"/.exec(coverImg(html) ?? '')?.[1]?.replaceAll('&amp;', '&')
    const [candidate, descriptor] = (srcSet ?? '').split(',')[0]!.trim().split(' ')
    const asked = Number(descriptor?.replace('w', ''))
    const response = await fetch(url(candidate!), { headers: { accept: 'image/avif,image/webp,*/*' } })
    expect(response.status).toBe(200)
    expect(['image/avif', 'image/webp']).toContain(response.headers.get('content-type'))
    const { width } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(width).toBeLessThanOrEqual(asked)

    const original = decodeURIComponent(/url=([^&]+)/.exec(candidate!)![1]!)
    const png = await fetch(url(original))
    expect(png.status).toBe(200)
    expect(png.headers.get('content-type')).toBe('image/png')
    expect(await sharp(Buffer.from(await png.arrayBuffer())).metadata()).toMatchObject({ width: 800, height: 1200 })
  })

  it('is drawn once, then answered from the cache, and revalidated by its ETag', async () => {
    const address = await coverAddress()
    const first = await fetch(url(address))
    const again = await fetch(url(address))
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(again.headers.get('x-cover-cache')).toBe('hit')
    expect(Buffer.from(await again.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()))
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    const revalidated = await fetch(url(address), { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
  })

  it('is redrawn in new colours when a genre of the film is renamed', async () => {
    const address = await coverAddress()
    const before = await fetch(url(address))
    const original = Buffer.from(await before.arrayBuffer())
    const token = await login('editor')
    const drama = (
      await apiOk<{ docs: { id: string | number; name: string; slug: string }[] }>(
        'GET',
        '/genres?where[slug][equals]=drama&depth=0',
        { token },
      )
    ).docs[0]!
    const rename = (name: string) => apiOk('PATCH', `/genres/${drama.id}`, { token, body: { name } })
    await rename('Melodrama')
    try {
      // The film itself was not saved: its cover keeps its address, with a new picture under it.
      expect(await coverAddress()).toBe(address)
      const after = await fetch(url(address))
      expect(after.status).toBe(200)
      expect(after.headers.get('x-cover-cache')).toBe('miss')
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
      expect(Buffer.from(await after.arrayBuffer())).not.toEqual(original)
      // A cache holding the old picture asks again and gets the new one, not a 304.
      const stale = await fetch(url(address), { headers: { 'if-none-match': before.headers.get('etag')! } })
      expect(stale.status).toBe(200)
    } finally {
      await rename(drama.name)
    }
    expect(Buffer.from(await (await fetch(url(address))).arrayBuffer())).toEqual(original)
  })

  it('is drawn only for a published film at its current version', async () => {
    expect((await fetch(url('/covers/i-am-sam/0123456789abcdef.png'))).status).toBe(404)
    expect((await fetch(url('/covers/no-such-film/0123456789abcdef.png'))).status).toBe(404)
  })

  it('gives every film card in a list a picture', async () => {
    const { html } = await getPage('/films')
    const cards = html.match(/<article class="film-card[^"]*">[\s\S]*?<\/article>/g) ?? []
    expect(cards.length).toBeGreaterThan(3)
    for (const card of cards) expect(card).toMatch(/<img[^>]*srcSet="[^"]*\/_next\/image\?url=%2F(covers|api%2Fmedia)/)
  })

  it('is the Open Graph image of a film without a poster', async () => {
    const { html } = await getPage('/films/i-am-sam')
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/covers\/i-am-sam\/[0-9a-f]{16}\.png"/)
  })
})

describe('the sample posters', () => {
  it('came in with their analysis files', async () => {
    const { html } = await getPage('/films/miracle-in-cell-no-7')
    expect(html).toMatch(
      /<img[^>]*alt="Poster of Miracle in Cell No\. 7"[^>]*srcSet="[^"]*url=%2Fapi%2Fmedia%2Ffile%2F/,
    )
  })
})
