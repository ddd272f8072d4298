import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTcpGate } from '../../bench/lib/tcpGate.mjs'
import { CONNECT_TIMEOUT_MS } from '../../src/database/postgresPool'
import { apiClient } from './helpers/api'
import { makeUser, startPayload } from './helpers/payload'

// Every request that brings a session first reads its user from the database. Payload took a
// read that failed for "no session": with every pooled connection busy for longer than a connect
// may take (writers and importers at once), or with the database unreachable, an editor's write
// ran as an anonymous visitor's and was refused 403, and /api/users/me said signed out. Payload
// here reaches PostgreSQL through a TCP gate that the second test closes.

const postgres = process.env.TEST_ADAPTER === 'postgres'
if (!postgres)
  console.warn(`postgres-session-lookup skipped on ${process.env.TEST_ADAPTER}: it tests PostgreSQL's pool only.`)

describe.runIf(postgres)("an editor's session while PostgreSQL is busy or away", () => {
  let gate: Awaited<ReturnType<typeof startTcpGate>>
  let payload: Payload
  let api: Awaited<ReturnType<typeof apiClient>>
  let email: string
  let token: string
  let genres = 0
  const write = () => api.rest('POST', '/genres?depth=0', { token, body: { name: `Session ${++genres}` } })
  const me = () => api.rest('GET', '/users/me', { token })

  // Registered before Payload's own clean-up, so it runs after it (hooks run as a stack).
  afterAll(async () => {
    await gate?.open()
    await gate?.close()
  })

  beforeAll(async () => {
    const database = new URL(process.env.DATABASE_URI!)
    gate = await startTcpGate({ host: database.hostname, port: Number(database.port || 5432) })
    database.port = String(gate.port)
    process.env.DATABASE_URI = database.toString()
    payload = await startPayload()
    api = await apiClient(payload)
    await makeUser(payload, 'admin') // the first account is made an admin whatever it asks for
    email = (await makeUser(payload, 'editor')).email
    token = await api.token(email)
  })

  it('waits for a pooled connection longer than a connect may take, and runs as the editor', async () => {
    const pool = (payload.db as unknown as { pool: Pool }).pool
    // Every connection the pool may open, each in an open transaction, as writers and importers hold them.
    const held: PoolClient[] = []
    while (pool.totalCount < pool.options.max || pool.idleCount > 0) {
      const client = await pool.connect()
      await client.query('BEGIN')
      held.push(client)
    }
    const heldMs = CONNECT_TIMEOUT_MS + 2_000
    const released = new Promise((resolve) => setTimeout(resolve, heldMs)).then(() =>
      Promise.all(held.map((client) => client.query('ROLLBACK').then(() => client.release()))),
    )

    const started = Date.now()
    const [created, session] = await Promise.all([write(), me()])
    await released
    expect(Date.now() - started).toBeGreaterThanOrEqual(heldMs)
    expect(created.status, created.text).toBe(201)
    expect(session.json?.user?.email, session.text).toBe(email)
  })

  it('answers 503 with Retry-After while the database is unreachable, never as an anonymous visitor', async () => {
    await gate.close()
    try {
      const answers = {
        'REST write': await write(),
        '/api/users/me': await me(),
        'GraphQL me': await api.graphql({ token, body: { query: '{ meUser { user { email } } }' } }),
      }
      for (const [what, answer] of Object.entries(answers)) {
        expect(answer.status, `${what}: ${answer.text}`).toBe(503)
        expect(answer.headers.get('retry-after'), what).toMatch(/^\d+$/)
        expect(answer.text, what).toMatch(/database cannot be reached/i)
      }
    } finally {
      await gate.open()
    }
    // Back: the same session is the editor's again, without signing in (once the pool has let go
    // of the connections the gate broke, which it finds as it uses them).
    await vi.waitFor(async () => expect((await me()).json?.user?.email).toBe(email), { timeout: 5_000, interval: 200 })
  })
})
