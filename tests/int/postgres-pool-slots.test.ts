import pg, { type Pool } from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { startPayload } from './helpers/payload'

// Payload's PostgreSQL adapter checked out one connection when it connected, to see the server
// answer, and never gave it back (patches/@payloadcms+db-postgres…): a slot of the pool was gone
// for good, and once the server had ended that connection (a restart) it stayed in the pool's
// count, dead. Under load a request waits for a free slot, so every lost one is felt.

const postgres = process.env.TEST_ADAPTER === 'postgres'
if (!postgres) console.warn(`postgres-pool-slots skipped on ${process.env.TEST_ADAPTER}: it tests PostgreSQL's pool.`)

/** Connections the pool counts that nobody can be given: checked out, and never released. */
const checkedOut = (pool: Pool) => pool.totalCount - pool.idleCount

describe.runIf(postgres)("Payload's PostgreSQL pool", () => {
  let payload: Payload
  let pool: Pool
  beforeAll(async () => {
    payload = await startPayload()
    pool = (payload.db as unknown as { pool: Pool }).pool
  })

  const readSome = () =>
    Promise.all(Array.from({ length: 3 }, () => payload.find({ collection: 'themes', limit: 1, depth: 0 })))

  it('keeps no connection checked out between requests', async () => {
    await readSome()
    expect(pool.totalCount).toBeGreaterThan(0)
    expect(checkedOut(pool)).toBe(0)
  })

  it('counts no dead connection once the server has ended them all, and serves again', async () => {
    await readSome()
    // What a restart of the server does to this database's connections.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await admin.connect()
    try {
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
    } finally {
      await admin.end()
    }
    await vi.waitFor(() => expect(pool.idleCount).toBe(0), { timeout: 5_000 })
    expect(pool.totalCount).toBe(0)

    await readSome()
    expect(checkedOut(pool)).toBe(0)
  })
})
