import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../src/config/uploads'
import { editorState, textNode } from '../helpers/lexicalNodes'
import { requestFrom } from './helpers/fromAddress'
import { apiOk, apiRequest, getPage, login, url } from './helpers/http'

// Requests from outside that answered 500 (or the wrong thing) on a production build: each is now
// a 4xx with a message, or the document a visitor may see and nothing else.

let editor: string
let admin: string

beforeAll(async () => {
  ;[editor, admin] = [await login('editor'), await login('admin')]
})

describe('preview paths that cannot be redirected to', () => {
  it.each([
    '/preview/exit?path=/x%0d%0aSet-Cookie:%20a=b',
    '/preview/exit?path=/x%00',
    '/preview?path=/x%0d%0aSet-Cookie:%20a=b',
    '/preview?path=/x%00',
  ])('%s → 400', async (path) => {
    const response = await fetch(url(path), { redirect: 'manual' })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/\?path=\/films\/<slug>/)
    expect(response.headers.get('set-cookie') ?? '').not.toMatch(/a=b/)
  })

  it('a good exit path still redirects', async () => {
    const response = await fetch(url('/preview/exit?path=/films'), { redirect: 'manual' })
    expect([303, 307]).toContain(response.status)
    expect(response.headers.get('location')).toMatch(/\/films$/)
  })
})

describe('media files', () => {
  it.each([
    '/api/media/file/nope.png',
    '/api/media/file/.gitkeep',
    '/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fnope.png&w=640&q=75',
  ])('%s → 404', async (path) => {
    expect((await fetch(url(path))).status).toBe(404)
  })
})

describe('methods the site does not serve', () => {
  // Through node:http, as a client that is not a browser sends it (fetch refuses TRACE and TRACK).
  // TRACE is answered by the Node server itself (Next would fail to build a Request for it), the
  // WebDAV verbs by the proxy.
  it.each(['TRACE', 'PROPFIND', 'MKCOL'])('%s / → 405 with Allow', async (method) => {
    const response = await requestFrom('127.0.0.1', '/', { method })
    expect(response.status).toBe(405)
    expect(response.headers.allow).toMatch(/GET/)
  })

  it('TRACK / → 400: not an HTTP method, refused by the HTTP parser before anything else runs', async () => {
    expect((await requestFrom('127.0.0.1', '/', { method: 'TRACK' })).status).toBe(400)
  })
})

describe('uploads over the limit', () => {
  // Random pixels do not compress: a PNG of them is about 3 bytes a pixel.
  const noise = (pixels: number) => {
    const side = Math.ceil(Math.sqrt(pixels))
    const raw = Buffer.alloc(side * side * 3)
    for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 2654435761) >>> 24
    return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
  }
  const upload = async (file: Buffer, token?: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'big.png')
    form.append('_payload', JSON.stringify({ alt: 'Noise' }))
    const response = await fetch(url('/api/media'), {
      method: 'POST',
      headers: token ? { authorization: `JWT ${token}` } : {},
      body: form,
    })
    return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, any> }
  }

  it.each([
    ['anonymous', undefined],
    ['an admin', 'admin'],
  ] as const)('%s: 413 with a message', async (_who, role) => {
    const file = await noise(MAX_UPLOAD_BYTES / 3 + 300_000)
    expect(file.length).toBeGreaterThan(MAX_UPLOAD_BYTES)
    const { status, json } = await upload(file, role ? admin : undefined)
    expect(status, JSON.stringify(json)).toBe(413)
    expect(json.errors[0].message).toMatch(/larger than 10 MB|File size limit/)
  })

  it('a file just under the limit is stored whole', async () => {
    const file = await noise(MAX_UPLOAD_BYTES / 3 - 100_000)
    expect(file.length).toBeLessThan(MAX_UPLOAD_BYTES)
    expect(file.length).toBeGreaterThan(MAX_UPLOAD_BYTES - 1024 * 1024)
    const { status, json } = await upload(file, admin)
    expect(status, JSON.stringify(json)).toBe(201)
    expect(json.doc.filesize).toBe(file.length)
    await apiOk('DELETE', `/media/${json.doc.id}`, { token: admin })
  })
})

describe('headers', () => {
  it.each(['/', '/api/films', '/films/miracle-in-cell-no-7'])('%s has no X-Powered-By', async (path) => {
    expect((await fetch(url(path))).headers.get('x-powered-by')).toBeNull()
  })
})

describe('ids', () => {
  it.each(['1abc', "1' OR '1'='1", '1.0', ' 1'])('/api/films/%s → 404', async (id) => {
    expect((await apiRequest('GET', `/films/${encodeURIComponent(id)}`)).status).toBe(404)
  })
})

describe('a published symbol of the draft film', () => {
  it('does not put the draft film into search, for the API or the page', async () => {
    const { docs } = await apiOk<{ docs: { id: number }[] }>(
      'GET',
      '/films?where[slug][equals]=the-unfinished-draft&draft=true&depth=0',
      { token: editor },
    )
    const film = docs[0]!
    const symbol = await apiOk<{ doc: { id: number } }>('POST', '/symbols', {
      token: editor,
      body: {
        name: 'Quillwort Beacon',
        film: film.id,
        meaning: editorState(textNode('A light.')),
        _status: 'published',
      },
    })
    try {
      const api = await fetch(url('/api/search?where[title][like]=Quillwort&limit=10'))
      const page = await getPage('/search?q=Quillwort')
      for (const text of [await api.text(), page.html]) {
        expect(text).not.toContain('the-unfinished-draft')
        expect(text).not.toContain('Quillwort Beacon')
      }
      expect((await apiRequest('GET', `/symbols/${symbol.doc.id}`)).status).toBe(404)
    } finally {
      await apiOk('DELETE', `/symbols/${symbol.doc.id}`, { token: editor })
    }
  })
})
