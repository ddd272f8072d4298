import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { noncePlaceholder, FRONT_HEADER, frontToken } from '../../src/lib/security/noncePlaceholder'
import { apiOk, getPage, login, url } from './helpers/http'

// Public pages are rendered once and served from Next's cache until a change expires them, with a
// CSP nonce of their own in every response (docs/caching.md). Previews and sessions never share.

const secret = inject('serverEnv').PAYLOAD_SECRET
const placeholder = noncePlaceholder(secret)
const suffix = Date.now().toString(36)

let token: string
const created: [string, string | number][] = []

beforeAll(async () => {
  token = await login('editor')
})

afterAll(async () => {
  for (const [collection, id] of created.reverse()) await apiOk('DELETE', `/${collection}/${id}`, { token })
})

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(url(path), { headers, redirect: 'manual' })
  const body = await response.text()
  const policyNonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
  const scriptNonces = [...new Set([...body.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]))]
  return { status: response.status, headers: response.headers, body, policyNonce, scriptNonces }
}

/** One page of each kind, found through the links of the sample film's page. */
async function pagesOfEveryKind(): Promise<string[]> {
  const film = '/films/miracle-in-cell-no-7'
  const { body } = await get(film)
  const first = (pattern: RegExp) => {
    const found = pattern.exec(body)?.[1]
    if (!found) throw new Error(`no link matching ${pattern} on ${film}`)
    return found
  }
  return [
    '/',
    '/films',
    '/films?sort=-releaseDate',
    '/themes',
    '/symbols',
    '/essays',
    '/essays?kind=core-meaning&film=miracle-in-cell-no-7',
    film,
    first(/href="(\/films\/miracle-in-cell-no-7\/symbols\/[^"]+)"/),
    first(/href="(\/essays\/[^"]+)"/),
    first(/href="(\/themes\/[^"]+)"/),
    first(/href="(\/genres\/[^"]+)"/),
    first(/href="(\/people\/[^"]+)"/),
  ]
}

describe('a public page', () => {
  it('is rendered once, then served from the cache with a shared-cache policy and no ETag', async () => {
    for (const path of await pagesOfEveryKind()) {
      await get(path)
      const { status, headers } = await get(path)
      expect(status, path).toBe(200)
      expect(headers.get('x-nextjs-cache'), path).toMatch(/^(HIT|STALE)$/)
      expect(headers.get('cache-control'), path).toMatch(/(^|, )s-maxage=\d+, stale-while-revalidate=\d+/)
      expect(headers.get('etag'), path).toBeNull()
      expect(headers.get('set-cookie'), path).toBeNull()
    }
  })

  it('carries a fresh nonce in every response, the same in its policy and on each of its scripts', async () => {
    for (const path of await pagesOfEveryKind()) {
      const first = await get(path)
      const second = await get(path)
      for (const { policyNonce, scriptNonces } of [first, second]) {
        expect(policyNonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/)
        expect(scriptNonces, path).toEqual([policyNonce])
      }
      expect(second.policyNonce, `${path}: a nonce seen once must not work again`).not.toBe(first.policyNonce)
    }
  })

  it('is one cached page for every spelling of the same list', async () => {
    await get('/films?sort=-releaseDate&decade=2010')
    const again = await get(`/films?decade=2010&utm_source=${suffix}&sort=-releaseDate`)
    expect(again.headers.get('x-nextjs-cache')).toMatch(/^(HIT|STALE)$/)
    await get('/essays?kind=philosophical-question&film=i-am-sam')
    const essays = await get(`/essays?film=i-am-sam&utm_source=${suffix}&kind=philosophical-question&kind=analysis`)
    expect(essays.headers.get('x-nextjs-cache')).toMatch(/^(HIT|STALE)$/)
  })

  it('has no client hints: they are the admin’s', async () => {
    const site = await get('/films/miracle-in-cell-no-7')
    for (const name of ['accept-ch', 'critical-ch']) expect(site.headers.get(name), name).toBeNull()
    expect(site.headers.get('vary') ?? '').not.toMatch(/Sec-CH/i)
    expect((await get('/admin/login')).headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })
})

describe('the placeholder the pages are rendered with', () => {
  const surfaces = [
    '/',
    '/films?genre=drama',
    '/films/miracle-in-cell-no-7',
    '/search?q=prison',
    '/films/no-such-film',
    '/no/such/page',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/admin/login',
    '/api/films?limit=1',
  ]

  it.each(surfaces)('never leaves the server: %s', async (path) => {
    const variants: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { RSC: '1' }]
    for (const headers of variants) {
      const response = await get(path, headers)
      expect(response.body, path).not.toContain(placeholder)
      expect([...response.headers.values()].join('\n'), path).not.toContain(placeholder)
    }
  })

  it('is handed to the caching front only, which proves it holds the site’s secret', async () => {
    const front = await get('/films/miracle-in-cell-no-7', { [FRONT_HEADER]: frontToken(secret) })
    expect(front.policyNonce).toBe(placeholder)
    expect(front.scriptNonces).toEqual([placeholder])
    const guess = await get('/films/miracle-in-cell-no-7', { [FRONT_HEADER]: frontToken(`${secret}-guessed`) })
    expect(guess.body).not.toContain(placeholder)
  })
})

describe('what is never shared', () => {
  it('serves the lists’ internal paths as 404s', async () => {
    for (const path of [
      '/listing/home/index',
      '/listing/films/all',
      '/listing/themes/index',
      '/listing/essays/all',
      '/listing/symbols/all',
      '/listing',
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })

  it('renders a preview per request, never cached, and never gives it to a visitor', async () => {
    const slug = `cached-preview-${suffix}`
    const film = await apiOk<{ doc: { id: string | number } }>('POST', '/films', {
      token,
      body: { title: `Cached Preview ${suffix}`, slug, logline: 'Published words.', _status: 'published' },
    })
    created.push(['films', film.doc.id])
    const visitorFirst = await get(`/films/${slug}`)
    expect(visitorFirst.body).toContain('Published words.')

    const session = `payload-token=${token}`
    const enable = await get(`/preview?path=/films/${slug}`, { cookie: session })
    expect(enable.status).toBe(307)
    const bypass = /(__prerender_bypass=[^;]+)/.exec(enable.headers.get('set-cookie') ?? '')?.[1]
    expect(bypass).toBeDefined()
    // A draft save expires nothing (the public site does not show it), so only a render per request
    // can show each new draft at once.
    for (const words of [`Draft words ${suffix}.`, `Later draft words ${suffix}.`]) {
      await apiOk('PATCH', `/films/${film.doc.id}?draft=true`, { token, body: { logline: words, _status: 'draft' } })
      const preview = await get(`/films/${slug}`, { cookie: `${session}; ${bypass}` })
      expect(preview.body).toContain(words)
      expect(preview.headers.get('cache-control')).toMatch(/private/)
      expect(preview.headers.get('cache-control')).toMatch(/no-store/)
    }
    const visitorAfter = await get(`/films/${slug}`)
    expect(visitorAfter.body).toContain('Published words.')
    expect(visitorAfter.body).not.toContain(`raft words ${suffix}.`)
  })

  it('keeps an unknown page a 404 only until something is published there', async () => {
    const slug = `not-yet-${suffix}`
    expect((await getPage(`/films/${slug}`)).status).toBe(404)
    expect((await getPage(`/films/${slug}`)).status).toBe(404)
    const film = await apiOk<{ doc: { id: string | number } }>('POST', '/films', {
      token,
      body: { title: `Not Yet ${suffix}`, slug, logline: 'Here now.', _status: 'published' },
    })
    created.push(['films', film.doc.id])
    const now = await getPage(`/films/${slug}`)
    expect(now.status).toBe(200)
    expect(now.text).toContain('Here now.')
  })
})
