import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { up as createIndex } from '../../migrations/sqlite/20261130_060000_search_fulltext'
import type { IndexEntry, SearchEngine } from './engine'
import { CANDIDATES, exactTitle, fts5Tiers, TEXT_TIER, type Tiers } from './tiers'
import { indexText, type ParsedQuery } from './text'
import { drizzleOf } from './transaction'

// SQLite FTS5 (porter stemming over unicode61): a table of folded words kept by the `search`
// collection's hooks, ranked by bm25 with the title ten times the weight of the text.

type Query = ReturnType<typeof sql>
type Page = { limit: number; offset: number }
type Db = { all<T>(query: Query): Promise<T[]>; run(query: Query): Promise<unknown> }

const TITLE_WEIGHT = 10

const writeRow = (db: Db, { id, title, text }: IndexEntry) =>
  db.run(
    sql`INSERT OR REPLACE INTO search_fts (rowid, title, body) VALUES (${Number(id)}, ${indexText(title)}, ${indexText(text)})`,
  )

const countOf = async (db: Db, table: 'search' | 'search_fts') =>
  (await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`))[0]!.n

/**
 * One page of the best CANDIDATES matches of `match` by bm25, put in tiers. FTS5 finds them in C
 * (its ORDER BY rank LIMIT); each tier's match is one pass over the index, kept as a set of rowids.
 */
function ranked(db: Db, query: ParsedQuery, tiers: Tiers, match: string, { limit, offset }: Page) {
  const inTier = (tier: string) => sql`c.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${tier})`
  return db.all<{ id: number }>(sql`
    WITH c AS (
      SELECT rowid AS id, rank, title FROM search_fts
      WHERE search_fts MATCH ${match} AND rank MATCH ${`bm25(${TITLE_WEIGHT}, 1.0)`}
      ORDER BY rank LIMIT ${CANDIDATES})
    SELECT id FROM (
      SELECT c.id AS id, c.rank AS rank, s.priority AS priority, s.title AS title, length(c.title) AS length,
        CASE WHEN c.title = ${exactTitle(query)} THEN 0
          WHEN ${inTier(tiers.titlePhrase)} THEN 1 WHEN ${inTier(tiers.titleAll)} THEN 2
          WHEN ${inTier(tiers.phrase)} THEN 3 ELSE 4 END AS tier
      FROM c JOIN search s ON s.id = c.id)
    ORDER BY tier, CASE WHEN tier < ${TEXT_TIER} THEN length ELSE 0 END, rank, priority, title, id
    LIMIT ${limit} OFFSET ${offset}`)
}

export const sqliteSearch: SearchEngine = {
  async ensure(payload: Payload) {
    const db = await drizzleOf<Db>(payload)
    const exists = async (table: string) =>
      (await db.all(sql`SELECT 1 FROM sqlite_master WHERE name = ${table}`)).length > 0
    // A database its migrations have not reached yet: they will create the index.
    if (!(await exists('search'))) return
    if (!(await exists('search_fts')))
      await createIndex({ db, payload } as unknown as Parameters<typeof createIndex>[0])
    if ((await countOf(db, 'search_fts')) > 0 || (await countOf(db, 'search')) === 0) return
    const rows = await db.all<{ id: number; title: string | null; text: string | null }>(
      sql`SELECT id, title, text FROM search`,
    )
    for (const row of rows) await writeRow(db, { id: row.id, title: row.title ?? '', text: row.text ?? '' })
  },

  async write(req, entry) {
    await writeRow(await drizzleOf<Db>(req.payload, req), entry)
  },

  async remove(req, id) {
    const db = await drizzleOf<Db>(req.payload, req)
    await db.run(sql`DELETE FROM search_fts WHERE rowid = ${Number(id)}`)
  },

  async search(payload, query, { limit, offset }) {
    const db = await drizzleOf<Db>(payload)
    const tiers = fts5Tiers(query)
    // Every title match ranks above every text match, so a page the title matches fill is read
    // from them alone: for a common word ("love") bm25 over every text match cost 10 ms of the
    // 23 at 900 films and grows with the catalogue, while its title matches are few.
    const byTitle = await ranked(db, query, tiers, tiers.titleAll, { limit, offset })
    const rows = byTitle.length === limit ? byTitle : await ranked(db, query, tiers, tiers.all, { limit, offset })
    const [count] = await db.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM (
        SELECT rowid FROM search_fts WHERE search_fts MATCH ${tiers.all} LIMIT ${CANDIDATES + 1})`,
    )
    return { ids: rows.map((r) => r.id), total: count?.n ?? 0 }
  },
}
