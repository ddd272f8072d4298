import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Film } from '@/payload-types'

import { startPayload } from './helpers/payload'

// A document and its search entry are written in one transaction: if the entry cannot be written,
// the document is not either, and whoever asked learns so. Payload's search plugin logged such
// failures and carried on (patches/@payloadcms+plugin-search…): the create answered with an id,
// yet the failed statement had ended the transaction and the film did not exist. Each SQL
// database is made to refuse the entries of films whose title begins "Unindexable".

const adapter = process.env.TEST_ADAPTER
const sqlAdapter = adapter === 'sqlite' || adapter === 'postgres'
if (!sqlAdapter) console.warn(`search-sync-failure skipped on ${adapter}: it refuses writes with SQL triggers.`)

type Raw = { drizzle: { run?: (query: unknown) => Promise<unknown>; execute?: (query: unknown) => Promise<unknown> } }

let payload: Payload
const raw = (query: ReturnType<typeof sql>) => {
  const { drizzle } = payload.db as unknown as Raw
  return adapter === 'sqlite' ? drizzle.run!(query) : drizzle.execute!(query)
}

const REFUSAL =
  adapter === 'sqlite'
    ? [
        sql`CREATE TRIGGER refuse_index_insert BEFORE INSERT ON search WHEN NEW.title LIKE 'Unindexable%' BEGIN SELECT RAISE(ABORT, 'index refused'); END`,
        sql`CREATE TRIGGER refuse_index_update BEFORE UPDATE ON search WHEN NEW.title LIKE 'Unindexable%' BEGIN SELECT RAISE(ABORT, 'index refused'); END`,
      ]
    : [
        sql`CREATE OR REPLACE FUNCTION refuse_index() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'index refused'; END $$ LANGUAGE plpgsql`,
        sql`CREATE TRIGGER refuse_index BEFORE INSERT OR UPDATE ON search FOR EACH ROW WHEN (NEW.title LIKE 'Unindexable%') EXECUTE FUNCTION refuse_index()`,
      ]
const UNDO =
  adapter === 'sqlite'
    ? [sql`DROP TRIGGER refuse_index_insert`, sql`DROP TRIGGER refuse_index_update`]
    : [sql`DROP TRIGGER refuse_index ON search`]

const stamp = Date.now().toString(36)
const titled = async (title: string) =>
  (await payload.count({ collection: 'films', where: { title: { equals: title } } })).totalDocs
const indexedTitles = async (filmId: Film['id']) =>
  (
    await payload.find({
      collection: 'search',
      where: { and: [{ 'doc.relationTo': { equals: 'films' } }, { 'doc.value': { equals: filmId } }] },
      depth: 0,
    })
  ).docs.map((d) => d.title)

describe.runIf(sqlAdapter)('a film whose search entry cannot be written', () => {
  beforeAll(async () => {
    payload = await startPayload()
    for (const statement of REFUSAL) await raw(statement)
  })
  afterAll(async () => {
    for (const statement of UNDO) await raw(statement)
  })

  it('is not created, and the create fails', async () => {
    const title = `Unindexable ${stamp}`
    await expect(
      payload.create({ collection: 'films', data: { title, _status: 'published' } as Film }),
    ).rejects.toThrow()
    expect(await titled(title)).toBe(0)
  })

  it('keeps its old title and entry when a rename fails', async () => {
    const before = `Indexable ${stamp}`
    const film = await payload.create({ collection: 'films', data: { title: before, _status: 'published' } as Film })
    await expect(
      payload.update({ collection: 'films', id: film.id, data: { title: `Unindexable renamed ${stamp}` } }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'films', id: film.id, depth: 0 })).title).toBe(before)
    expect(await indexedTitles(film.id)).toEqual([before])
  })
})
