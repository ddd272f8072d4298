import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { frontToken, placeholderNonce, startFront } from '../../deploy/front/front.mjs'
import { headerText, pageNonces, policyNonce, send } from '../e2e/helpers/frontHttp'
import { freePort } from '../e2e/setup/production'

// The front's rules against an upstream this test controls: what it caches, what it passes
// through, what it never stores or replays, how it rewrites the placeholder nonce and how a
// purge empties it. The upstream here answers every path as cacheable and echoes what it was
// sent, so each rule is the front's doing (tests/e2e/front.test.ts runs the real app behind it).

const SECRET = 'front-proxy-test-secret-0123456789abcdef'
const P = placeholderNonce(SECRET)
const T = frontToken(SECRET)

type Seen = { url: string; headers: IncomingMessage['headers'] }
let seen: Seen[] = []
/** Per path, how the upstream answers besides the defaults. */
const answers: Record<string, (res: ServerResponse, hit: number) => void> = {
  '/private': (res) => res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate'),
  '/no-store': (res) => res.setHeader('cache-control', 'no-store'),
  '/sets-cookie': (res, hit) => res.setHeader('set-cookie', `visitor=${hit}; Path=/; HttpOnly`),
  '/_next/static/chunks/app.js': (res) => {
    res.setHeader('cache-control', 'public, max-age=31536000, immutable')
    res.setHeader('content-type', 'application/javascript')
  },
  '/swr': (res) => res.setHeader('cache-control', 'public, s-maxage=1, stale-while-revalidate=60'),
  // As Next answers a list its proxy rewrote to an internal path.
  '/films': (res) => {
    res.setHeader('x-middleware-rewrite', 'http://localhost:3001/listing/films/all')
    res.setHeader('x-nextjs-rewritten-path', '/listing/films/all')
  },
}

let upstream: Server
let front: Awaited<ReturnType<typeof startFront>>
let stateDir: string
const get = (pathname: string, init?: Parameters<typeof send>[1]) => send(`${front.url}${pathname}`, init)

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url!, headers: req.headers })
    const hit = seen.filter((s) => s.url === req.url).length
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.setHeader('cache-control', 'public, s-maxage=60, stale-while-revalidate=300')
    res.setHeader('content-security-policy', `default-src 'self'; script-src 'self' 'nonce-${P}' 'strict-dynamic'`)
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin')
    res.setHeader('permissions-policy', 'camera=(), microphone=()')
    res.setHeader('strict-transport-security', 'max-age=63072000; includeSubDomains')
    answers[new URL(req.url!, 'http://x').pathname]?.(res, hit)
    // What a response personalised for this request would show.
    const { cookie, authorization, rsc } = req.headers
    const prefetch = req.headers['next-router-prefetch'] && 'prefetch'
    const who = [cookie, authorization, rsc && 'rsc', prefetch].filter(Boolean).join(' ') || 'anonymous'
    res.end(
      `<!doctype html><html><head><script nonce="${P}">self.a=1</script></head><body>` +
        `<p>${'padding '.repeat(100)}</p><p id="who">${who}</p><p id="hit">${req.url} #${hit}</p>` +
        `<script nonce="${P}">self.__next_f.push([1,"${P}"])</script></body></html>`,
    )
  })
  const upstreamPort = await freePort()
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, '127.0.0.1', resolve))
  stateDir = mkdtempSync(path.join(tmpdir(), 'subtext-front-'))
  front = await startFront({
    upstream: `http://127.0.0.1:${upstreamPort}`,
    port: await freePort(),
    stateDir,
    secret: SECRET,
  })
})

afterAll(async () => {
  await front?.stop()
  await new Promise((resolve) => upstream?.close(resolve))
  rmSync(stateDir, { recursive: true, force: true })
})

beforeEach(async () => {
  // Every test starts from an empty page cache.
  expect((await get('/_front/purge', { method: 'POST' })).status).toBe(200)
  seen = []
})

const upstreamHits = (pathname: string) => seen.filter((s) => s.url === pathname).length

describe('what the front caches', () => {
  it('caches a public page: one upstream request, then HITs', async () => {
    expect((await get('/films/a')).headers['x-cache-status']).toBe('MISS')
    expect((await get('/films/a')).headers['x-cache-status']).toBe('HIT')
    expect((await get('/films/a')).headers['x-cache-status']).toBe('HIT')
    expect(upstreamHits('/films/a')).toBe(1)
  })

  it('asks upstream with the front token, for an identity body and without cookies', async () => {
    await get('/films/b', {
      headers: { 'accept-encoding': 'gzip, br', cookie: 'theme=dark', 'x-subtext-front': 'forged' },
    })
    const [request] = seen
    expect(request!.headers['x-subtext-front']).toBe(T)
    expect(request!.headers['accept-encoding']).toBeUndefined()
    expect(request!.headers.cookie).toBeUndefined()
  })

  it('caches /_next/static and keeps it through a purge', async () => {
    const first = await get('/_next/static/chunks/app.js')
    expect(first.headers['x-cache-status']).toMatch(/MISS|HIT/)
    expect((await get('/_next/static/chunks/app.js')).headers['x-cache-status']).toBe('HIT')
    await get('/_front/purge', { method: 'POST' })
    expect((await get('/_next/static/chunks/app.js')).headers['x-cache-status']).toBe('HIT')
    expect((await get('/_next/static/chunks/app.js')).headers['cache-control']).toContain('immutable')
  })

  it('serves a stale copy while one request refreshes it in the background', async () => {
    expect((await get('/swr')).headers['x-cache-status']).toBe('MISS')
    // s-maxage=1: the copy is stale once the next whole second has passed.
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    const refreshed = new Promise<void>((resolve) => upstream.once('request', () => resolve()))
    const stale = await get('/swr')
    expect(stale.headers['x-cache-status']).toBe('STALE')
    expect(stale.body).toContain('/swr #1')
    await refreshed
    expect(upstreamHits('/swr')).toBe(2)
  })
})

describe('what the front passes straight through and never stores', () => {
  const passed = async (pathname: string, headers: Record<string, string> = {}) => {
    const first = await get(pathname, { headers })
    const second = await get(pathname, { headers })
    return {
      statuses: [first.headers['x-cache-status'], second.headers['x-cache-status']],
      hits: upstreamHits(pathname),
    }
  }

  it.each([
    '/admin',
    '/admin/collections/films',
    '/api/films?limit=1',
    '/preview?slug=a',
    '/revalidate',
    '/search?q=x',
    '/%61dmin',
    '/Admin',
  ])('%s', async (pathname) => {
    expect(await passed(pathname)).toEqual({ statuses: ['BYPASS', 'BYPASS'], hits: 2 })
  })

  it.each([
    ['a session cookie', { cookie: 'payload-token=editor-session' }],
    ['a draft-mode cookie', { cookie: 'theme=dark; __prerender_bypass=on' }],
    ['an Authorization header', { authorization: 'JWT editor-token' }],
    ['an RSC request', { rsc: '1' }],
    ['a router prefetch', { 'next-router-prefetch': '1' }],
  ])('a request with %s, and what it got is never served to anyone else', async (_, headers) => {
    const personal = await get('/films/personal', { headers })
    expect(personal.headers['x-cache-status']).toBe('BYPASS')
    expect(personal.body).not.toContain('id="who">anonymous')
    const anonymous = await get('/films/personal')
    expect(anonymous.headers['x-cache-status']).toBe('MISS')
    expect(anonymous.body).toContain('id="who">anonymous')
  })

  it('passes the cookies of a request it does not cache', async () => {
    await get('/admin', { headers: { cookie: 'payload-token=abc' } })
    expect(seen[0]!.headers.cookie).toBe('payload-token=abc')
  })

  it('an RSC request by query (?_rsc=)', async () => {
    expect(await passed('/films/a?_rsc=abc')).toEqual({ statuses: ['BYPASS', 'BYPASS'], hits: 2 })
  })

  it.each(['/private', '/no-store'])('a response marked %s', async (pathname) => {
    expect(await passed(pathname)).toEqual({ statuses: ['MISS', 'MISS'], hits: 2 })
  })

  it('a response that sets a cookie is not stored, so its cookie is never replayed', async () => {
    const first = await get('/sets-cookie')
    const second = await get('/sets-cookie')
    expect(first.headers['set-cookie']).toEqual(['visitor=1; Path=/; HttpOnly'])
    expect(second.headers['set-cookie']).toEqual(['visitor=2; Path=/; HttpOnly'])
    expect(upstreamHits('/sets-cookie')).toBe(2)
  })
})

describe('the CSP nonce', () => {
  it('is new for every response of a cached page, the same in its body and its policy, and P is never sent', async () => {
    const responses = [
      await get('/films/n'),
      await get('/films/n'),
      await get('/films/n', { headers: { 'accept-encoding': 'gzip' } }),
    ]
    expect(responses.map((r) => r.headers['x-cache-status'])).toEqual(['MISS', 'HIT', 'HIT'])
    expect(responses[2]!.gzipped).toBe(true)
    const nonces = responses.map((r) => policyNonce(r.headers['content-security-policy'] as string))
    expect(new Set(nonces).size).toBe(3)
    responses.forEach((response, i) => {
      expect(nonces[i]).toMatch(/^[0-9a-f]{32}$/)
      expect(pageNonces(response.body)).toEqual([nonces[i], nonces[i]])
      expect(response.body).not.toContain(P)
      expect(headerText(response.headers)).not.toContain(P)
    })
  })

  it('is rewritten in what is passed through too', async () => {
    const admin = await get('/admin')
    const nonce = policyNonce(admin.headers['content-security-policy'] as string)
    expect(nonce).toMatch(/^[0-9a-f]{32}$/)
    expect(pageNonces(admin.body)).toEqual([nonce, nonce])
    expect(`${admin.body}${headerText(admin.headers)}`).not.toContain(P)
  })
})

it('keeps the app’s security headers on a HIT', async () => {
  await get('/films/h')
  const hit = await get('/films/h')
  expect(hit.headers['x-cache-status']).toBe('HIT')
  expect(hit.headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=()',
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
  })
})

it('never shows the internal address a list was rewritten to, and passes what the client router reads', async () => {
  for (const response of [await get('/films'), await get('/films'), await get('/films', { headers: { rsc: '1' } })]) {
    expect(response.headers['x-middleware-rewrite']).toBeUndefined()
    expect(response.headers['x-nextjs-rewritten-path']).toBe('/listing/films/all')
  }
})

describe('purge', () => {
  it('one POST empties the page cache', async () => {
    await get('/films/p')
    await get('/')
    expect((await get('/films/p')).headers['x-cache-status']).toBe('HIT')
    expect((await get('/_front/purge', { method: 'POST' })).status).toBe(200)
    expect((await get('/films/p')).body).toContain('/films/p #2')
    expect((await get('/')).headers['x-cache-status']).toBe('MISS')
    expect((await get('/films/p')).headers['x-cache-status']).toBe('HIT')
  })

  it('is refused from any address but loopback’s own, and to any other method', async () => {
    await get('/films/q')
    expect((await get('/_front/purge', { method: 'POST', localAddress: '127.0.0.2' })).status).toBe(403)
    expect((await get('/_front/purge', { method: 'GET' })).status).toBe(405)
    expect((await get('/films/q')).headers['x-cache-status']).toBe('HIT')
  })
})

describe('several instances behind one front', () => {
  // Two instances of the app, each naming itself; the front balances over both (SUBTEXT_UPSTREAMS).
  type Instance = { name: string; server: Server; port: number; posts: number; failPosts: boolean }
  const instances: Instance[] = []
  let balanced: Awaited<ReturnType<typeof startFront>>
  let balancedState: string
  const at = (pathname: string, init?: Parameters<typeof send>[1]) => send(`${balanced.url}${pathname}`, init)
  const names = (bodies: { body: string }[]) => [...new Set(bodies.map((r) => r.body))].sort()
  const listen = ({ server, port }: Instance) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const stop = async ({ server }: Instance) => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  /** Requests at once, on connections of their own so that every worker of the front gets some (and to paths of their own, which the front's cache lock would otherwise queue). */
  const many = (pathname: string) => Promise.all(Array.from({ length: 20 }, (_, i) => at(`${pathname}-${i}`)))

  beforeAll(async () => {
    const upstreams: string[] = []
    for (const name of ['a', 'b']) {
      const port = await freePort()
      const instance: Instance = { name, server: createServer(), port, posts: 0, failPosts: false }
      instance.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
        if (req.method === 'POST') instance.posts += 1
        if (req.url === '/api/database-away') {
          // What an instance answers while the database cannot be reached (src/database/unavailable.ts).
          res.writeHead(503, { 'retry-after': '2', 'cache-control': 'no-store' }).end(name)
          return
        }
        res.statusCode = req.method === 'POST' && instance.failPosts ? 503 : 200
        res.setHeader('cache-control', 'no-store')
        res.end(name)
      })
      await listen(instance)
      instances.push(instance)
      upstreams.push(`http://127.0.0.1:${port}`)
    }
    balancedState = mkdtempSync(path.join(tmpdir(), 'subtext-front-'))
    balanced = await startFront({
      upstream: upstreams,
      port: await freePort(),
      stateDir: balancedState,
      secret: SECRET,
    })
  })

  afterAll(async () => {
    await balanced?.stop()
    for (const { server } of instances) await new Promise((resolve) => server.close(resolve))
    rmSync(balancedState, { recursive: true, force: true })
  })

  it('spreads requests over both', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => at('/films/spread')))
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200))
    expect(names(answers)).toEqual(['a', 'b'])
  })

  it('never sends a write to a second instance: a POST an instance failed is answered as it failed', async () => {
    instances[1]!.failPosts = true
    const sent = 4
    const answers = []
    for (let i = 0; i < sent; i += 1) answers.push(await at('/api/films', { method: 'POST' }))
    instances[1]!.failPosts = false
    // Each POST reached exactly one instance; the one b refused was not tried again on a.
    expect(instances[0]!.posts + instances[1]!.posts).toBe(sent)
    expect(answers.filter((r) => r.status === 503).length).toBe(instances[1]!.posts)
    expect(instances[1]!.posts).toBeGreaterThan(0)
  })

  it("passes the app's 503 on with its Retry-After, and keeps both instances in rotation", async () => {
    for (let i = 0; i < 4; i += 1) {
      const away = await at('/api/database-away')
      expect(away.status).toBe(503)
      expect(away.headers['retry-after']).toBe('2')
    }
    const answers = await Promise.all(Array.from({ length: 10 }, () => at('/films/after-503')))
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200))
    expect(names(answers)).toEqual(['a', 'b'])
  })

  it('skips a stopped instance: every request is answered by the other', async () => {
    await stop(instances[1]!)
    const answers = []
    for (let i = 0; i < 20; i += 1) answers.push(await at('/films/after-b-stopped'))
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200))
    expect(names(answers)).toEqual(['a'])
  })

  it('sends requests to an instance that is back, while it still counts that instance as down', async () => {
    const [a, b] = instances as [Instance, Instance]
    // b is still stopped: each worker of the front tries it, fails, and leaves it out for fail_timeout.
    expect(names(await many('/films/b-away'))).toEqual(['a'])
    // A rollout: b answers again and a stops, well within fail_timeout of b's last failure.
    await listen(b)
    await stop(a)
    const answers = await many('/films/b-back')
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200))
    expect(names(answers)).toEqual(['b'])
  })
})
