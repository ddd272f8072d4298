import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { startMailbox } from './helpers/mailbox'
import { makeUser, startPayload } from './helpers/payload'

// Forgot password → the email → reset → sign in, through the REST and GraphQL route handlers, with
// mail sent by the app's own email adapter (nodemailer over SMTP) to a real SMTP server here.

const SERVER_URL = 'https://subtext.example'
const FROM = 'accounts@subtext.example'
const OLD_PASSWORD = 'correct horse battery staple'
const NEW_PASSWORD = 'a brand new passphrase'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let mailbox: Awaited<ReturnType<typeof startMailbox>>

beforeAll(async () => {
  mailbox = await startMailbox()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: FROM,
    NEXT_PUBLIC_SERVER_URL: SERVER_URL,
  })
  payload = await startPayload()
  api = await apiClient(payload)
})

const login = (email: string, password: string) => api.rest('POST', '/users/login', { body: { email, password } })
const me = async (token: string) => (await api.rest('GET', '/users/me', { token })).json?.user?.email ?? null
const RESET_LINK = new RegExp(`^${SERVER_URL.replace(/\./g, '\\.')}/admin/reset/([0-9a-f]{40})$`)

describe('password reset by email', () => {
  it('mails a link to the admin reset page; its token sets a new password and ends every earlier session', async () => {
    const { email } = await makeUser(payload, 'writer')
    const earlier = await login(email, OLD_PASSWORD)
    expect(earlier.status).toBe(200)
    const localToken = await api.token(email)
    expect(await me(earlier.json.token)).toBe(email)
    expect(await me(localToken)).toBe(email)

    const asked = await api.rest('POST', '/users/forgot-password', { body: { email } })
    expect(asked.status, asked.text).toBe(200)

    const mail = await mailbox.next(email)
    expect(mail.from?.value[0]?.address).toBe(FROM)
    const links = Array.from(String(mail.html).matchAll(/href="([^"]+)"/g), (m) => m[1]!)
    expect(links).toHaveLength(1)
    const [, token] = RESET_LINK.exec(links[0]!) ?? []
    expect(token, links[0]).toBeTruthy()

    const reset = await api.rest('POST', '/users/reset-password', { body: { token, password: NEW_PASSWORD } })
    expect(reset.status, reset.text).toBe(200)
    expect(await me(reset.json.token)).toBe(email)

    expect((await login(email, OLD_PASSWORD)).status).toBe(401)
    expect((await login(email, NEW_PASSWORD)).status).toBe(200)
    // Tokens issued before the reset name sessions the reset ended.
    expect(await me(earlier.json.token)).toBeNull()
    expect(await me(localToken)).toBeNull()
    // The link works once.
    expect(
      (await api.rest('POST', '/users/reset-password', { body: { token, password: 'yet another passphrase' } })).status,
    ).toBe(403)
  })

  it('answers an unknown email exactly as a known one, and mails no one', async () => {
    const { email } = await makeUser(payload, 'editor')
    const unknown = `nobody-${Date.now()}@example.test`
    const forUnknown = await api.rest('POST', '/users/forgot-password', { body: { email: unknown } })
    const forKnown = await api.rest('POST', '/users/forgot-password', { body: { email } })
    expect(forKnown.status, forKnown.text).toBe(200)
    expect({ status: forUnknown.status, body: forUnknown.json }).toEqual({
      status: forKnown.status,
      body: forKnown.json,
    })
    await mailbox.next(email)
    // Each answer came after its mail was accepted, so a mail to the unknown address would be here.
    expect(mailbox.received.flatMap((mail) => mail.to).map((to) => (to && 'text' in to ? to.text : ''))).not.toContain(
      unknown,
    )
  })

  it('works through GraphQL too, with the same answer for an unknown email', async () => {
    const { email } = await makeUser(payload, 'writer')
    const ask = (address: string) =>
      api.graphql({
        body: {
          query: 'mutation ($email: String!) { forgotPasswordUser(email: $email) }',
          variables: { email: address },
        },
      })
    const forKnown = await ask(email)
    const forUnknown = await ask(`nobody-graphql-${Date.now()}@example.test`)
    expect(forKnown.status, forKnown.text).toBe(200)
    expect(forKnown.json).toEqual({ data: { forgotPasswordUser: true } })
    expect(forUnknown.json).toEqual(forKnown.json)
    expect(String((await mailbox.next(email)).html).match(/href="([^"]+)"/)?.[1]).toMatch(RESET_LINK)
  })
})
