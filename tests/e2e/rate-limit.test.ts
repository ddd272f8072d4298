import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { LIMITS } from '../../src/lib/security/rateLimit'
import { requestFrom } from './helpers/fromAddress'

// Login and search limits against the production server. Each test exhausts a limit from its own
// loopback address (127.0.10.x): every other test runs from 127.0.0.1 and keeps its full allowance,
// whichever order the files run in. No test here loosens a limit.

const unique = () => randomBytes(4).toString('hex')

const postJSON = (from: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  requestFrom(from, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

/** What a client might try to pass for someone else; the server must ignore all of it. */
const SPOOFS: Record<string, string>[] = [
  { 'x-forwarded-for': '198.51.100.1' },
  { 'x-forwarded-for': '198.51.100.2, 203.0.113.9' },
  { 'x-real-ip': '198.51.100.3' },
  { 'x-subtext-peer': '198.51.100.4' },
]

function expect429(response: { status: number; headers: Record<string, unknown> }, maxSeconds: number) {
  expect(response.status).toBe(429)
  const retryAfter = Number(response.headers['retry-after'])
  expect(Number.isInteger(retryAfter)).toBe(true)
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds)
  // A refusal is still a response of this site: it carries the security headers.
  expect(response.headers['x-content-type-options']).toBe('nosniff')
  expect(response.headers['content-security-policy']).toBeTruthy()
}

describe('login', () => {
  it(`refuses the ${LIMITS.loginPerAccount.points + 1}th attempt at one account from one address within a minute, with 429 and Retry-After`, async () => {
    const from = '127.0.10.1'
    const email = `rate-limit-${unique()}@example.test`
    for (let i = 0; i < LIMITS.loginPerAccount.points; i++) {
      const response = await postJSON(from, '/api/users/login', { email, password: `wrong password ${i}` })
      expect(response.status, `attempt ${i + 1}`).toBe(401)
    }
    const refused = await postJSON(from, '/api/users/login', { email, password: 'one more guess' })
    expect429(refused, LIMITS.loginPerAccount.duration)
    expect(JSON.parse(refused.text)).toEqual({
      errors: [
        { message: expect.stringMatching(/^Too many login attempts from your address\. Try again in \d+ seconds?\.$/) },
      ],
    })

    // Nothing the client writes in a header, nor an encoded path, gets round it.
    for (const spoof of SPOOFS) {
      expect(
        (await postJSON(from, '/api/users/login', { email, password: 'x' }, spoof)).status,
        JSON.stringify(spoof),
      ).toBe(429)
    }
    expect((await postJSON(from, '/api/users/%6Cogin', { email, password: 'x' })).status).toBe(429)
    expect((await postJSON(from, '/api/users/login', { email: email.toUpperCase(), password: 'x' })).status).toBe(429)

    // Another account from the same address, and the same account from another address, still get an answer.
    expect((await postJSON(from, '/api/users/login', { email: `other-${email}`, password: 'x' })).status).toBe(401)
    expect((await postJSON('127.0.10.11', '/api/users/login', { email, password: 'x' })).status).toBe(401)
  })

  it(`refuses an address after ${LIMITS.loginPerAddress.points} attempts at any accounts`, async () => {
    const from = '127.0.10.2'
    const run = unique()
    // At once: each login to an unknown account costs a full password hash, like a wrong password.
    const statuses = await Promise.all(
      Array.from(
        { length: LIMITS.loginPerAddress.points },
        async (_, i) =>
          (
            await postJSON(from, '/api/users/login', {
              email: `spray-${run}-${i}@example.test`,
              password: 'Summer2026!',
            })
          ).status,
      ),
    )
    expect(statuses.filter((s) => s !== 401)).toEqual([])
    expect429(
      await postJSON(from, '/api/users/login', { email: `spray-${run}-last@example.test`, password: 'x' }),
      LIMITS.loginPerAddress.duration,
    )
  })

  it('counts each aliased GraphQL login', async () => {
    const from = '127.0.10.3'
    const email = `graphql-${unique()}@example.test`
    const aliases = Array.from(
      { length: LIMITS.loginPerAccount.points + 1 },
      (_, i) => `a${i}: loginUser(email: $email, password: "guess ${i}") { token }`,
    )
    const refused = await postJSON(from, '/api/graphql', {
      query: `mutation ($email: String!) { ${aliases.join(' ')} }`,
      variables: { email },
    })
    expect429(refused, LIMITS.loginPerAccount.duration)
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/Too many login attempts/)
    // Other GraphQL from the same address is not limited.
    expect((await postJSON(from, '/api/graphql', { query: '{ Films(limit: 1) { totalDocs } }' })).status).toBe(200)
  })
})

describe('search', () => {
  it(`refuses the ${LIMITS.search.points + 1}th search page from one address within a minute with a small page`, async () => {
    const from = '127.0.10.4'
    for (let i = 0; i < LIMITS.search.points; i++) {
      expect((await requestFrom(from, `/search?q=${i % 2 ? 'justice' : 'prison'}`)).status, `search ${i + 1}`).toBe(200)
    }
    const refused = await requestFrom(from, '/search?q=justice')
    expect429(refused, LIMITS.search.duration)
    expect(refused.headers['content-type']).toMatch(/^text\/html/)
    expect(refused.text).toMatch(/Too many searches from your address\. Try again in \d+ seconds?\./)
    for (const spoof of SPOOFS)
      expect((await requestFrom(from, '/search?q=justice', { headers: spoof })).status, JSON.stringify(spoof)).toBe(429)
    // Only searching is limited: the rest of the site still answers that address.
    expect((await requestFrom(from, '/films')).status).toBe(200)
  })

  it('limits the search collection’s REST reads, with a JSON error', async () => {
    const from = '127.0.10.5'
    for (let i = 0; i < LIMITS.search.points; i++) {
      expect((await requestFrom(from, '/api/search?limit=1')).status, `read ${i + 1}`).toBe(200)
    }
    const refused = await requestFrom(from, '/api/search?limit=1')
    expect429(refused, LIMITS.search.duration)
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/Too many searches/)
  })

  it('limits the search collection’s GraphQL reads, counting each aliased read', async () => {
    const from = '127.0.10.6'
    const reads = Array.from({ length: LIMITS.search.points + 1 }, (_, i) => `s${i}: Searches(limit: 1) { totalDocs }`)
    expect429(await postJSON(from, '/api/graphql', { query: `{ ${reads.join(' ')} }` }), LIMITS.search.duration)
  })
})
