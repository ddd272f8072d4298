import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { noncePlaceholder } from '../../src/lib/security/noncePlaceholder'
import { PEER_HEADER, peerAddress } from '../../src/lib/security/peer'
import { installRequestStartHooks } from '../../src/lib/security/requestStart'

// The hook beneath Next, on a plain Node server: what the proxy will later read as the peer, and
// the headers every response starts with, whatever the handler does.

vi.hoisted(() => {
  process.env.PAYLOAD_SECRET = 'request-start-test-secret-0123456789abcdef'
})

let server: http.Server
let port: number

beforeAll(async () => {
  installRequestStartHooks(0)
  server = http.createServer((request, response) => {
    const header = request.headers[PEER_HEADER]
    response.setHeader('content-type', 'application/json')
    response.end(
      JSON.stringify({
        peer: peerAddress(typeof header === 'string' ? header : null),
        policy: request.headers['content-security-policy'] ?? null,
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

type Answer = { headers: http.IncomingHttpHeaders; json: { peer: string | null; policy: string | null } }

const get = (localAddress: string, headers: Record<string, string> = {}, path = '/api/films') =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, localAddress, headers, agent: false }, (response) => {
        let body = ''
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve({ headers: response.headers, json: JSON.parse(body) }))
      })
      .on('error', reject)
  })

describe('installRequestStartHooks', () => {
  it('records the socket’s address, replacing whatever the client sent in its place', async () => {
    expect((await get('127.0.0.3')).json.peer).toBe('127.0.0.3')
    expect(
      (await get('127.0.0.4', { [PEER_HEADER]: '198.51.100.7', 'x-forwarded-for': '198.51.100.8' })).json.peer,
    ).toBe('127.0.0.4')
  })

  it('starts every response but a page’s with the locked-down policy and the common headers, without HSTS over http', async () => {
    const { headers } = await get('127.0.0.3', { 'x-forwarded-proto': 'https' })
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['strict-transport-security']).toBeUndefined()
  })

  it('adds HSTS when the public URL is https', async () => {
    const before = process.env.NEXT_PUBLIC_SERVER_URL
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://subtext.example'
    try {
      expect((await get('127.0.0.3')).headers['strict-transport-security']).toMatch(/^max-age=\d+/)
    } finally {
      if (before === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
      else process.env.NEXT_PUBLIC_SERVER_URL = before
    }
  })

  it('gives a page its policy with the placeholder nonce, in the request Next renders from too', async () => {
    const placeholder = noncePlaceholder(process.env.PAYLOAD_SECRET!)
    const { headers, json } = await get(
      '127.0.0.3',
      { 'content-security-policy': "script-src 'nonce-chosen'" },
      '/films/a',
    )
    expect(json.policy).toContain(`'nonce-${placeholder}'`)
    expect(json.policy).not.toContain('chosen')
    // The response's own copy leaves with a nonce of its own.
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/)
    expect(headers['content-security-policy']).not.toContain(placeholder)
  })

  it('keeps the paths Next redirects before any page runs locked down', async () => {
    for (const path of ['/films/a/', '/films//a']) {
      expect((await get('127.0.0.3', {}, path)).headers['content-security-policy'], path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
    }
  })
})
