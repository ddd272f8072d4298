import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from './helpers/payload'
import { holdLockElsewhere } from './helpers/sqliteLock'

// The site's requests, its job runner and the importer all write to one SQLite file. Writers in
// this process must queue rather than fail, a writer in another process must be waited for on
// every transaction (not only the first), and a write answered as done must be stored.

const uri = process.env.DATABASE_URI ?? ''
const sqlite = uri.startsWith('file:')
if (!sqlite) console.warn(`sqlite-locking skipped on ${process.env.TEST_ADAPTER}: it tests SQLite's locking only.`)

let payload: Payload
let n = 0
const theme = () => {
  n += 1
  return payload.create({ collection: 'themes', data: { name: `Locked ${n}`, slug: `locked-${n}` } })
}
const stored = async (ids: Array<number | string>) =>
  (await payload.count({ collection: 'themes', where: { id: { in: ids } } })).totalDocs

describe.runIf(sqlite)('SQLite with several writers', () => {
  beforeAll(async () => {
    payload = await startPayload()
    await theme() // libsql opens a fresh connection after each transaction: later writes run on one
  })

  it('queues concurrent writes in this process: every one succeeds and is stored', async () => {
    const docs = await Promise.all(Array.from({ length: 6 }, theme))
    expect(await stored(docs.map((d) => d.id))).toBe(6)
  })

  it("waits for another process's lock on a later transaction, and stores the write", async () => {
    const { released } = await holdLockElsewhere(uri, 1500)
    const doc = await theme()
    await released
    expect(await stored([doc.id])).toBe(1)
  })
})
