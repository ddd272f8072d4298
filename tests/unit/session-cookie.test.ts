import { describe, expect, it } from 'vitest'

import { requestIsHttps, secureCookiesOverHttps } from '../../collections/Users/sessionCookie'

const TOKEN = 'payload-token=abc; Path=/; HttpOnly; SameSite=Lax'
const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { method: 'POST', headers })
const loggedIn = () =>
  new Response('{}', {
    status: 200,
    headers: [
      ['set-cookie', TOKEN],
      ['content-type', 'application/json'],
    ],
  })
const behindProxy = { TRUSTED_PROXY_HOPS: '1' }

describe('requestIsHttps', () => {
  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    const viaProxy = request('http://127.0.0.1:3000/api/users/login', { 'x-forwarded-proto': 'https' })
    expect(requestIsHttps(viaProxy, behindProxy)).toBe(true)
    expect(requestIsHttps(viaProxy, {})).toBe(false)
    expect(requestIsHttps(request('http://127.0.0.1:3000/x', { 'x-forwarded-proto': 'http' }), behindProxy)).toBe(false)
  })

  it('counts an https request URL or an https public URL', () => {
    expect(requestIsHttps(request('https://subtext.example/api/users/login'), {})).toBe(true)
    expect(
      requestIsHttps(request('http://127.0.0.1:3000/x'), { NEXT_PUBLIC_SERVER_URL: 'https://subtext.example' }),
    ).toBe(true)
    expect(
      requestIsHttps(request('http://127.0.0.1:3000/x'), { NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000' }),
    ).toBe(false)
  })
})

describe('secureCookiesOverHttps', () => {
  it('adds Secure to the session cookie of a login that came over HTTPS through the proxy, keeping the rest of the response', async () => {
    const response = secureCookiesOverHttps(
      request('http://127.0.0.1:3000/api/users/login', { 'x-forwarded-proto': 'https' }),
      loggedIn(),
      behindProxy,
    )
    expect(response.headers.getSetCookie()).toEqual([`${TOKEN}; Secure`])
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('{}')
  })

  it('leaves a plain-HTTP response as it is, and does not add Secure twice', () => {
    expect(
      secureCookiesOverHttps(
        request('http://127.0.0.1:3000/api/users/login'),
        loggedIn(),
        behindProxy,
      ).headers.getSetCookie(),
    ).toEqual([TOKEN])
    const already = new Response('{}', { headers: [['set-cookie', `${TOKEN}; Secure`]] })
    expect(
      secureCookiesOverHttps(request('https://subtext.example/api/users/login'), already, {}).headers.getSetCookie(),
    ).toEqual([`${TOKEN}; Secure`])
  })
})
