import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { makeUser, startPayload } from './helpers/payload'

// The session cookie from the app's REST and GraphQL routes is Secure whenever the request came
// over HTTPS, here as a trusted reverse proxy reports it, and only then.

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let email: string

beforeAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  payload = await startPayload()
  api = await apiClient(payload)
  email = (await makeUser(payload, 'writer')).email
})

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS
})

const PASSWORD = 'correct horse battery staple'
const sessionCookie = (headers: Headers) => headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
const isSecure = (cookie: string | undefined) => cookie?.split(';').some((part) => part.trim() === 'Secure')

const restLogin = (headers: Record<string, string>) =>
  api.rest('POST', '/users/login', { body: { email, password: PASSWORD }, headers })
const graphqlLogin = (headers: Record<string, string>) =>
  api.graphql({
    body: {
      query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
      variables: { e: email, p: PASSWORD },
    },
    headers,
  })

describe('the session cookie', () => {
  it.each([
    ['REST login', restLogin],
    ['GraphQL login', graphqlLogin],
  ])('from %s is Secure behind a trusted proxy that says HTTPS', async (_, login) => {
    process.env.TRUSTED_PROXY_HOPS = '1'
    const response = await login({ 'x-forwarded-proto': 'https' })
    expect(response.status, response.text).toBe(200)
    expect(sessionCookie(response.headers)).toBeTruthy()
    expect(isSecure(sessionCookie(response.headers))).toBe(true)
  })

  it('is Secure on logout (the expired cookie) over HTTPS too', async () => {
    process.env.TRUSTED_PROXY_HOPS = '1'
    const { json } = await restLogin({})
    const response = await api.rest('POST', '/users/logout', {
      token: json.token,
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(response.status, response.text).toBe(200)
    expect(isSecure(sessionCookie(response.headers))).toBe(true)
  })

  it('is not Secure over plain HTTP, nor when an untrusted client claims HTTPS', async () => {
    process.env.TRUSTED_PROXY_HOPS = '1'
    expect(isSecure(sessionCookie((await restLogin({ 'x-forwarded-proto': 'http' })).headers))).toBe(false)
    delete process.env.TRUSTED_PROXY_HOPS
    const claimed = await restLogin({ 'x-forwarded-proto': 'https' })
    expect(sessionCookie(claimed.headers)).toBeTruthy()
    expect(isSecure(sessionCookie(claimed.headers))).toBe(false)
  })
})
