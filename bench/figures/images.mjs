import sharp from 'sharp'

import { apiGet, timedGet } from '../lib/http.mjs'
import { kB, verdict } from '../lib/table.mjs'
import { FILM_PATH, FILM_SLUG } from './shared.mjs'

// Figure 9: image bytes. A 3000×4500 JPEG poster (photographic detail: smooth shapes plus grain,
// so neither the original nor its resized copies are trivially small) is uploaded through the REST
// API and set as the film's poster; the film page's own srcset gives the URLs next/image serves at
// a phone's and a desktop's width, fetched as a browser accepting AVIF and WebP would. The poster
// is removed afterwards, so the film page is as before.

const WIDTH = 3000
const HEIGHT = 4500
// The film header's `sizes`: 9rem on phones, 16rem from 48rem up; both on 2× screens.
const PHONE_PX = 9 * 16 * 2
const DESKTOP_PX = 16 * 16 * 2

async function poster() {
  const shapes = await sharp({
    create: { width: WIDTH / 10, height: HEIGHT / 10, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 80 } },
  })
    .blur(4)
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .raw()
    .toBuffer()
  const grain = await sharp({
    create: { width: WIDTH, height: HEIGHT, channels: 3, noise: { type: 'gaussian', mean: 0, sigma: 12 } },
  })
    .raw()
    .toBuffer()
  // Grain centred on zero, so the picture keeps its brightness.
  for (let i = 0; i < shapes.length; i += 1) shapes[i] = Math.min(255, Math.max(0, shapes[i] + grain[i] - 12))
  return sharp(shapes, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer()
}

const authorised = (app, init = {}) => ({
  ...init,
  headers: { ...init.headers, authorization: `JWT ${app.editorToken}` },
})

async function call(app, path, init) {
  const response = await fetch(`${app.baseURL}${path}`, authorised(app, init))
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`)
  return response.json()
}

/** The srcset of the poster <img> on the film page: [{ url, width }] by width. */
function posterCandidates(html) {
  const img = /<img[^>]*alt="Bench poster"[^>]*>/.exec(html)?.[0]
  const srcSet = img && /\ssrcSet="([^"]+)"/i.exec(img)?.[1]
  if (!srcSet) throw new Error('the film page shows no poster srcset')
  return srcSet
    .replaceAll('&amp;', '&')
    .split(',')
    .map((candidate) => {
      const [url, descriptor] = candidate.trim().split(/\s+/)
      return { url, width: Number(descriptor.replace('w', '')) }
    })
    .sort((a, b) => a.width - b.width)
}

/** What a browser picks for `px` device pixels: the narrowest candidate at least that wide. */
const pick = (candidates, px) => candidates.find((c) => c.width >= px) ?? candidates.at(-1)

export async function imageFigures({ app, log }) {
  log('figure 9: poster upload and next/image bytes')
  const original = await poster()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(original)], { type: 'image/jpeg' }), 'bench-poster.jpg')
  form.append('_payload', JSON.stringify({ alt: 'Bench poster' }))
  const { doc: media } = await call(app, '/api/media', { method: 'POST', body: form })
  const { docs } = await apiGet(app, `/api/films?where[slug][equals]=${FILM_SLUG}&depth=0&limit=1`)
  const film = docs[0]
  const patch = (body) =>
    call(app, `/api/films/${film.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  try {
    await patch({ poster: media.id, _status: 'published' })
    const page = await timedGet(`${app.baseURL}${FILM_PATH}`)
    const candidates = posterCandidates(page.body.toString())
    const rows = []
    for (const [device, px] of [
      ['phone', PHONE_PX],
      ['desktop', DESKTOP_PX],
    ]) {
      const { url, width } = pick(candidates, px)
      const served = await timedGet(new URL(url, app.baseURL).toString(), {
        headers: { accept: 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8' },
      })
      if (served.status !== 200) throw new Error(`GET ${url} answered ${served.status}`)
      const share = served.body.length / original.length
      rows.push({
        figure: '9',
        what: `poster as served at ${device} width (${px} px wanted → ${width}w, ${served.headers['content-type']})`,
        measured: `${kB(served.body.length)} = ${(100 * share).toFixed(1)}% of the original`,
        reference: `uploaded JPEG ${WIDTH}×${HEIGHT}: ${kB(original.length)}`,
        target: device === 'phone' ? '≤ 30% of the original' : '',
        verdict: device === 'phone' ? verdict(share <= 0.3) : '–',
      })
    }
    return rows
  } finally {
    await patch({ poster: null, _status: 'published' })
    await call(app, `/api/media/${media.id}`, { method: 'DELETE' })
  }
}
