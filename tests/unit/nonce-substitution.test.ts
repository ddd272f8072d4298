import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createNonce } from '../../src/lib/security/headers'
import { FRONT_HEADER, frontToken, noncePlaceholder } from '../../src/lib/security/noncePlaceholder'
import { streamReplacer } from '../../src/lib/security/nonceSubstitution'
import { installRequestStartHooks } from '../../src/lib/security/requestStart'

// A cached page carries the site's placeholder where its nonce goes; every response must leave with
// a nonce of its own, the same in its policy and its scripts, and the placeholder nowhere.

const SECRET = vi.hoisted(() => {
  const secret = 'nonce-substitution-test-secret-0123456789abcdef'
  process.env.PAYLOAD_SECRET = secret
  return secret
})
const PLACEHOLDER = noncePlaceholder(SECRET)

describe('noncePlaceholder', () => {
  it('is as long as a nonce, so replacing it keeps every Content-Length true', () => {
    expect(PLACEHOLDER).toHaveLength(createNonce().length)
    expect(PLACEHOLDER).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
  })

  it('differs by secret', () => {
    expect(noncePlaceholder(`${SECRET}x`)).not.toBe(PLACEHOLDER)
  })
})

describe('streamReplacer', () => {
  const text = `<script nonce="${PLACEHOLDER}">a</script><script nonce="${PLACEHOLDER}">b</script>`

  it('replaces a placeholder split across two chunks at any byte', () => {
    const nonce = createNonce()
    const expected = text.replaceAll(PLACEHOLDER, nonce)
    for (let cut = 0; cut <= text.length; cut++) {
      const replacer = streamReplacer(PLACEHOLDER, nonce)
      const out = Buffer.concat([
        replacer.push(Buffer.from(text.slice(0, cut))),
        replacer.push(Buffer.from(text.slice(cut))),
        replacer.flush(),
      ])
      expect(out.toString(), `cut at ${cut}`).toBe(expected)
    }
  })

  it('never writes into the buffer it was given (Next hands over its cached copy)', () => {
    const cached = Buffer.from(text)
    streamReplacer(PLACEHOLDER, createNonce()).push(cached)
    expect(cached.toString()).toBe(text)
  })

  it('refuses a replacement of another length', () => {
    expect(() => streamReplacer(PLACEHOLDER, 'short')).toThrow(/same length/)
  })
})

describe('responses from a server with the request hooks', () => {
  let server: http.Server
  let port: number
  const page = (i: number) => `<p>${'filler '.repeat(400)}</p><script nonce="${PLACEHOLDER}">${i}</script>`

  beforeAll(async () => {
    installRequestStartHooks(0)
    server = http.createServer((request, response) => {
      const json = request.url === '/json'
      response.setHeader('content-type', json ? 'application/json' : 'text/html; charset=utf-8')
      response.setHeader('content-security-policy', `script-src 'nonce-${PLACEHOLDER}' 'strict-dynamic'`)
      // As Next preloads the stylesheet: the nonce is in more headers than the policy.
      response.setHeader('link', `</s.css>; rel=preload; as="style"; nonce="${PLACEHOLDER}"`)
      // Written in small pieces, as a streamed render is, so placeholders straddle writes.
      const body = json ? JSON.stringify({ note: PLACEHOLDER }) : [0, 1, 2].map(page).join('')
      for (let at = 0; at < body.length; at += 7) response.write(body.slice(at, at + 7))
      response.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const raw = Buffer.concat(chunks)
            const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw
            resolve({ headers: response.headers, body: body.toString() })
          })
        })
        .on('error', reject)
    })

  const noncesOf = ({ headers, body }: { headers: http.IncomingHttpHeaders; body: string }) => ({
    policy: /'nonce-([^']+)'/.exec(String(headers['content-security-policy']))?.[1],
    scripts: [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]),
    link: /nonce="([^"]+)"/.exec(String(headers.link))?.[1],
  })

  it.each([
    ['plain', {}],
    ['gzip', { 'accept-encoding': 'gzip' }],
  ])('gives each %s response its own nonce, in its policy and in every script', async (_, headers) => {
    const first = noncesOf(await get('/', headers))
    const second = noncesOf(await get('/', headers))
    for (const { policy, scripts, link } of [first, second]) {
      expect(policy).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(policy).not.toBe(PLACEHOLDER)
      expect(scripts).toEqual([policy, policy, policy])
      expect(link).toBe(policy)
    }
    expect(second.policy).not.toBe(first.policy)
  })

  it('compresses what it rewrites', async () => {
    expect((await get('/', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip')
  })

  it('leaves the placeholder to the caching front that proves it holds the secret', async () => {
    const { policy, scripts } = noncesOf(await get('/', { [FRONT_HEADER]: frontToken(SECRET) }))
    expect(policy).toBe(PLACEHOLDER)
    expect(scripts).toEqual([PLACEHOLDER, PLACEHOLDER, PLACEHOLDER])
  })

  it('replaces it for anyone else who claims to be the front', async () => {
    for (const claim of [frontToken('another secret'), 'yes', '']) {
      const response = await get('/', { [FRONT_HEADER]: claim })
      expect(response.body).not.toContain(PLACEHOLDER)
      expect(response.headers['content-security-policy']).not.toContain(PLACEHOLDER)
    }
  })

  it('rewrites only documents: other bodies are passed on as written', async () => {
    const { body } = await get('/json')
    expect(JSON.parse(body)).toEqual({ note: PLACEHOLDER })
  })
})
