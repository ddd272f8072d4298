import { randomBytes } from 'node:crypto'

import { describe, expect, inject, it } from 'vitest'

import { requestFrom } from './helpers/fromAddress'
import { apiOk } from './helpers/http'

// Account answers from the production server. It runs without SMTP, so password reset must be
// refused, saying what to configure, and never answered as if an email had gone out. Logins come
// from their own loopback address, leaving 127.0.0.1's login allowance to the other tests.

const FROM = '127.0.30.1'
const accounts = inject('accounts')

const post = async (path: string, body: unknown) => {
  const { status, text } = await requestFrom(FROM, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status, json: JSON.parse(text) as unknown }
}

describe('password reset on a server without email', () => {
  it('is refused with 503 and what to set, the same for a known and an unknown email', async () => {
    const known = await post('/api/users/forgot-password', { email: accounts.writer.email })
    expect(known).toEqual({
      status: 503,
      json: {
        errors: [
          {
            message: expect.stringMatching(/^Password reset by email is not configured on this server: set SMTP_HOST/),
          },
        ],
      },
    })
    expect(
      await post('/api/users/forgot-password', { email: `nobody-${randomBytes(4).toString('hex')}@example.test` }),
    ).toEqual(known)
  })

  it('is refused through GraphQL too', async () => {
    const { json } = await post('/api/graphql', {
      query: 'mutation { forgotPasswordUser(email: "writer@example.test") }',
    })
    expect(JSON.stringify(json)).toMatch(/Password reset by email is not configured on this server: set SMTP_HOST/)
  })
})

describe('a failed login', () => {
  it('reads the same for an unknown account, a wrong password and a locked account, even with its right password', async () => {
    const { token } = await apiOk<{ token: string }>('POST', '/users/login', { body: accounts.admin })
    const password = 'a long enough password'
    const email = `locked-${randomBytes(4).toString('hex')}@example.test`
    await apiOk('POST', '/users', { token, body: { email, password, name: 'Locked', role: 'writer' } })

    const unknown = await post('/api/users/login', {
      email: `nobody-${randomBytes(4).toString('hex')}@example.test`,
      password,
    })
    expect(unknown).toEqual({
      status: 401,
      json: { errors: [{ message: 'The email or password provided is incorrect.' }] },
    })
    for (let i = 0; i < 5; i++)
      expect(await post('/api/users/login', { email, password: `wrong password ${i}` })).toEqual(unknown)
    expect(await post('/api/users/login', { email, password })).toEqual(unknown)
  })
})
