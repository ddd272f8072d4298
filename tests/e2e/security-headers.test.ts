import { beforeAll, describe, expect, it } from 'vitest'

import { url } from './helpers/http'

// The security headers on each kind of response the production server gives, and the CSP nonce
// on every script of a public page. The browser side (nothing blocked, nothing reported) is in
// browser/csp.test.ts.

const FILM = '/films/miracle-in-cell-no-7'

type Fetched = { status: number; headers: Headers; body: string }
const get = async (path: string, init?: RequestInit): Promise<Fetched> => {
  const response = await fetch(url(path), { redirect: 'manual', ...init })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const directives = (policy: string | null) =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  )

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

/** Every <script …> start tag in the HTML, with its nonce attribute (if any). */
const scriptTags = (html: string) =>
  [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => ({ tag, nonce: /\snonce="([^"]*)"/.exec(tag)?.[1] }))

function expectCommonHeaders(path: string, headers: Headers) {
  expect(headers.get('x-content-type-options'), path).toBe('nosniff')
  expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
  expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\)/)
  // Served over plain http: HSTS would be meaningless, and must not be sent.
  expect(headers.get('strict-transport-security'), path).toBeNull()
  // The peer address the server records for rate limiting never leaves it.
  expect(headers.get('x-subtext-peer'), path).toBeNull()
}

function expectPagePolicy(path: string, headers: Headers) {
  const csp = directives(headers.get('content-security-policy'))
  expect(csp.get('script-src'), path).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]))
  expect(nonceOf(headers.get('content-security-policy')), path).toBeTruthy()
  expect(csp.get('script-src'), path).not.toContain("'unsafe-inline'")
  expect(csp.get('script-src'), path).not.toContain("'unsafe-eval'")
  expect(csp.get('object-src'), path).toEqual(["'none'"])
  expect(csp.get('base-uri'), path).toEqual(["'self'"])
  expect(csp.get('frame-ancestors'), path).toEqual(["'self'"])
}

function expectLockedDown(path: string, headers: Headers) {
  const csp = directives(headers.get('content-security-policy'))
  expect(csp.get('default-src'), path).toEqual(["'none'"])
  expect(csp.get('frame-ancestors'), path).toEqual(["'none'"])
}

describe('public pages', () => {
  it.each(['/', FILM, '/films', '/themes', '/search?q=justice', '/no-such-page'])(
    '%s: page policy with a nonce, and the common headers',
    async (path) => {
      const { headers } = await get(path)
      expectPagePolicy(path, headers)
      expectCommonHeaders(path, headers)
    },
  )

  it.each(['/', FILM, '/search?q=justice', '/no-such-page'])(
    '%s: every <script> that can run carries the nonce of its own response',
    async (path) => {
      const { headers, body } = await get(path)
      const nonce = nonceOf(headers.get('content-security-policy'))
      const scripts = scriptTags(body).filter((s) => !s.tag.includes('type="application/ld+json"'))
      // Next's runtime and the page's data are scripts: a page without any would prove nothing.
      expect(scripts.length, path).toBeGreaterThan(2)
      expect(
        scripts.filter((s) => s.nonce !== nonce).map((s) => s.tag),
        path,
      ).toEqual([])
    },
  )

  // A data block is never run, so CSP asks no nonce of it; one read from the request would make the
  // page uncacheable (docs/caching.md). Only this exact type is let off above.
  it('renders the film page’s structured data (the film, its breadcrumbs) as data blocks, without a nonce', async () => {
    const { body } = await get(FILM)
    const jsonLd = scriptTags(body).filter((s) => s.tag.includes('application/ld+json'))
    expect(jsonLd).toHaveLength(2)
    for (const block of jsonLd) {
      expect(block.tag).toMatch(/^<script type="application\/ld\+json">$/)
      expect(block.nonce).toBeUndefined()
    }
  })

  it('gives each response a new nonce', async () => {
    const nonces = await Promise.all(
      Array.from({ length: 5 }, async () => nonceOf((await get('/')).headers.get('content-security-policy'))),
    )
    expect(new Set(nonces).size).toBe(5)
    const [first, second] = await Promise.all([get(FILM), get(FILM)])
    expect(scriptTags(first.body)[0]?.nonce).not.toBe(scriptTags(second.body)[0]?.nonce)
  })
})

describe('other responses', () => {
  let ogImage: string
  let staticScript: string
  beforeAll(async () => {
    const { body } = await get(FILM)
    // The film page's Open Graph image is its poster now; the home page's is drawn by the /og route.
    const home = (await get('/')).body
    const og = new URL(/<meta property="og:image" content="([^"]+)"/.exec(home)![1]!.replaceAll('&amp;', '&'), url('/'))
    ogImage = `${og.pathname}${og.search}`
    staticScript = /<script src="(\/_next\/static\/[^"]+)"/.exec(body)![1]!
  })

  it.each(['/feed.xml', '/sitemap.xml', '/robots.txt'])(
    '%s has the page policy and the common headers',
    async (path) => {
      const { status, headers } = await get(path)
      expect(status, path).toBe(200)
      expectPagePolicy(path, headers)
      expectCommonHeaders(path, headers)
    },
  )

  it('the OG image has them', async () => {
    const { status, headers } = await get(ogImage)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^image\//)
    expectPagePolicy(ogImage, headers)
    expectCommonHeaders(ogImage, headers)
  })

  it('a built script is locked down and has the common headers', async () => {
    const { status, headers } = await get(staticScript)
    expect(status).toBe(200)
    expectLockedDown(staticScript, headers)
    expectCommonHeaders(staticScript, headers)
  })

  it.each(['/api/films?limit=1', '/api/users/me', '/api/nothing-here'])(
    '%s (the API) is locked down and has the common headers',
    async (path) => {
      const { headers } = await get(path)
      expectLockedDown(path, headers)
      expectCommonHeaders(path, headers)
    },
  )

  it('the GraphQL endpoint is locked down and has the common headers', async () => {
    const { status, headers } = await get('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Films(limit: 1) { totalDocs } }' }),
    })
    expect(status).toBe(200)
    expectLockedDown('/api/graphql', headers)
    expectCommonHeaders('/api/graphql', headers)
  })

  it('the admin has a nonce policy that lets it be framed only by the site, and its scripts carry the nonce', async () => {
    const { status, headers, body } = await get('/admin/login')
    expect(status).toBe(200)
    expectPagePolicy('/admin/login', headers)
    expectCommonHeaders('/admin/login', headers)
    const nonce = nonceOf(headers.get('content-security-policy'))
    expect(
      scriptTags(body)
        .filter((s) => s.nonce !== nonce)
        .map((s) => s.tag),
    ).toEqual([])
  })

  it.each(['/films/', '/films//i-am-sam'])(
    '%s: Next’s own redirect, answered before the proxy runs, is locked down and has the common headers',
    async (path) => {
      const { status, headers } = await get(path)
      expect(status).toBe(308)
      expectLockedDown(path, headers)
      expectCommonHeaders(path, headers)
    },
  )
})

describe('HSTS', () => {
  it('is not sent because a client claims HTTPS: no proxy is trusted unless the operator says so', async () => {
    const { headers } = await get('/', { headers: { 'x-forwarded-proto': 'https' } })
    expect(headers.get('strict-transport-security')).toBeNull()
    expect(directives(headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(false)
  })
})
