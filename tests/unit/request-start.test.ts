import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PEER_HEADER, peerAddress } from '../../src/lib/security/peer'
import { installRequestStartHooks } from '../../src/lib/security/requestStart'

// The hook beneath Next, on a plain Node server: what the proxy will later read as the peer, and
// the headers every response starts with, whatever the handler does.

let server: http.Server
let port: number

beforeAll(async () => {
  installRequestStartHooks(0)
  server = http.createServer((request, response) => {
    const header = request.headers[PEER_HEADER]
    response.end(JSON.stringify({ peer: peerAddress(typeof header === 'string' ? header : null) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (localAddress: string, headers: Record<string, string> = {}) =>
  new Promise<{ headers: http.IncomingHttpHeaders; json: { peer: string | null } }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, localAddress, headers, agent: false }, (response) => {
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

  it('starts every response with the locked-down policy and the common headers, without HSTS over http', async () => {
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
})
