import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { apiClient, type ApiResponse } from './helpers/api'
import { makeUser, startPayload } from './helpers/payload'

// Every way a password is set (a new account, a changed password, a reset by email link) refuses
// 11 characters, naming the field and the reason, and accepts 12: the boundary, on each path.

const ELEVEN = 'eleven char'
const TWELVE = 'twelve chars'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let adminToken: string

beforeAll(async () => {
  payload = await startPayload()
  api = await apiClient(payload)
  adminToken = await api.token((await makeUser(payload, 'admin')).email)
  expect([ELEVEN.length, TWELVE.length]).toEqual([11, 12])
})

function expectTooShort(response: ApiResponse): void {
  expect(response.status, response.text).toBe(400)
  expect(response.json.errors[0].data.errors).toEqual([
    { path: 'password', message: 'Use a password of at least 12 characters.' },
  ])
}

const signsIn = async (email: string, password: string) =>
  (await api.rest('POST', '/users/login', { body: { email, password } })).status === 200

describe('the password minimum', () => {
  it('holds when an admin creates an account', async () => {
    const account = (email: string, password: string) => ({
      body: { email, password, name: 'New', role: 'writer' },
      token: adminToken,
    })
    expectTooShort(await api.rest('POST', '/users', account('eleven@example.test', ELEVEN)))
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'eleven@example.test' } } })).totalDocs,
    ).toBe(0)
    expect((await api.rest('POST', '/users', account('twelve@example.test', TWELVE))).status).toBe(201)
    expect(await signsIn('twelve@example.test', TWELVE)).toBe(true)
  })

  it('holds when an account changes its own password', async () => {
    const user = await makeUser(payload, 'writer')
    const token = await api.token(user.email)
    expectTooShort(await api.rest('PATCH', `/users/${user.id}`, { token, body: { password: ELEVEN } }))
    expect(await signsIn(user.email, ELEVEN)).toBe(false)
    expect((await api.rest('PATCH', `/users/${user.id}`, { token, body: { password: TWELVE } })).status).toBe(200)
    expect(await signsIn(user.email, TWELVE)).toBe(true)
  })

  it('holds when a password is reset with an emailed token', async () => {
    const user = await makeUser(payload, 'editor')
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    expectTooShort(await api.rest('POST', '/users/reset-password', { body: { token, password: ELEVEN } }))
    expect(await signsIn(user.email, ELEVEN)).toBe(false)
    expect((await api.rest('POST', '/users/reset-password', { body: { token, password: TWELVE } })).status).toBe(200)
    expect(await signsIn(user.email, TWELVE)).toBe(true)
  })
})
