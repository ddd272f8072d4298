import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from './helpers/payload'

// A transaction that fails to commit stored nothing, so whoever asked for it must learn so.
// @payloadcms/drizzle swallowed a failed COMMIT (patches/@payloadcms+drizzle…), and drizzle-orm took
// PostgreSQL's ROLLBACK answer to the COMMIT of an aborted transaction for success
// (patches/drizzle-orm…): the operation answered as if the write were stored. Each SQL database is
// made to refuse a commit here.

const adapter = process.env.TEST_ADAPTER
const sqlAdapter = adapter === 'sqlite' || adapter === 'postgres'
if (!sqlAdapter) console.warn(`commit-failure skipped on ${adapter}: it tests the SQL adapters' transactions.`)

type Sessions = {
  sessions: Record<
    string,
    { db: { run: (query: unknown) => Promise<unknown>; execute: (query: unknown) => Promise<unknown> } }
  >
}

let payload: Payload
let n = 0
const themeData = () => {
  n += 1
  return { name: `Uncommitted ${n}`, slug: `uncommitted-${n}-${Date.now()}` }
}
const stored = async (slug: string) =>
  (await payload.count({ collection: 'themes', where: { slug: { equals: slug } } })).totalDocs

describe.runIf(sqlAdapter)('a transaction whose COMMIT fails', () => {
  beforeAll(async () => {
    payload = await startPayload()
  })

  // Each database has its own way to refuse a commit: only its own test is defined.
  if (adapter === 'sqlite')
    it('SQLite: commitTransaction throws when the transaction ended underneath it', async () => {
      const id = (await payload.db.beginTransaction())!
      const data = themeData()
      await payload.db.create({ collection: 'themes', data, req: { transactionID: id } })
      // What SQLite does on its own after some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY…):
      // the transaction is rolled back, and COMMIT has nothing to commit.
      await (payload.db as unknown as Sessions).sessions[id]!.db.run(sql`ROLLBACK`)
      await expect(payload.db.commitTransaction(id)).rejects.toThrow()
      expect(await stored(data.slug)).toBe(0)
    })

  if (adapter === 'postgres')
    it('PostgreSQL: a create refused at COMMIT fails with 409 and stores nothing', async () => {
      const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }
      // A deferred constraint trigger runs at COMMIT: this one refuses every theme as a
      // serialization failure, the error a concurrent transaction's conflict gives.
      await db.drizzle.execute(
        sql`CREATE OR REPLACE FUNCTION refuse_at_commit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused at commit' USING ERRCODE = '40001'; END $$ LANGUAGE plpgsql`,
      )
      await db.drizzle.execute(
        sql`CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON themes DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()`,
      )
      try {
        const data = themeData()
        await expect(payload.create({ collection: 'themes', data })).rejects.toMatchObject({ status: 409 })
        expect(await stored(data.slug)).toBe(0)
      } finally {
        await db.drizzle.execute(sql`DROP TRIGGER refuse_at_commit ON themes`)
      }
    })

  if (adapter === 'postgres')
    it('PostgreSQL: commitTransaction throws when a caught error had aborted the transaction', async () => {
      const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }
      // PostgreSQL ends a transaction in which a statement failed, and answers its COMMIT with a
      // ROLLBACK rather than an error: code that caught the failure (a plugin's hook) went on,
      // and the write was answered as stored.
      await db.drizzle.execute(
        sql`CREATE OR REPLACE FUNCTION refuse_genre() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`,
      )
      await db.drizzle.execute(
        sql`CREATE TRIGGER refuse_genre BEFORE INSERT ON genres FOR EACH ROW EXECUTE FUNCTION refuse_genre()`,
      )
      try {
        const id = (await payload.db.beginTransaction())!
        const data = themeData()
        await payload.db.create({ collection: 'themes', data, req: { transactionID: id } })
        await expect(
          payload.db.create({
            collection: 'genres',
            data: { name: 'Refused', slug: 'refused' },
            req: { transactionID: id },
          }),
        ).rejects.toThrow()
        await expect(payload.db.commitTransaction(id)).rejects.toThrow(/rolled back/)
        expect(await stored(data.slug)).toBe(0)
      } finally {
        await db.drizzle.execute(sql`DROP TRIGGER refuse_genre ON genres`)
      }
    })
})
