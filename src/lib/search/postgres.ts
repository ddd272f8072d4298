import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { up as createIndex } from '../../migrations/postgres/20261130_060000_search_fulltext'
import { up as createTitleIndex } from '../../migrations/postgres/20261207_090000_search_title_index'
import type { IndexEntry, SearchEngine } from './engine'
import { CANDIDATES, exactTitle, TEXT_TIER, tsqueryTiers, type Tiers } from './tiers'
import { indexText, type ParsedQuery } from './text'
import { drizzleOf } from './transaction'

// PostgreSQL: a tsvector per `search` row (English stemming; the title weighted A, the text B)
// under a GIN index, kept by the `search` collection's hooks and ranked by ts_rank_cd, which
// also rewards words that stand close together.

type Query = ReturnType<typeof sql>
type Db = { execute<T>(query: Query): Promise<{ rows: T[] }> }
type Page = { limit: number; offset: number }

// ts_rank_cd's weights for D, C, B, A: a title word counts ten times a text word.
const WEIGHTS = '{0.01, 0.02, 0.1, 1.0}'

const writeRow = (db: Db, { id, title, text }: IndexEntry) =>
  db.execute(sql`INSERT INTO search_fts (id, title, document)
    VALUES (${Number(id)}, ${indexText(title)}, setweight(to_tsvector('english', ${indexText(title)}), 'A')
      || setweight(to_tsvector('english', ${indexText(text)}), 'B'))
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, document = excluded.document`)

const countOf = async (db: Db, table: 'search' | 'search_fts') =>
  Number((await db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`)).rows[0]!.n)

const tsquery = (text: string) => sql`to_tsquery('english', ${text})`

/** Entries whose title holds every word: the title's own index (its words are `document`'s weight A). */
const inTitle = (tiers: Tiers) => sql`to_tsvector('english', f.title) @@ ${tsquery(tiers.all)}`
/** Entries that hold every word, in the title or the text. */
const anywhere = (tiers: Tiers) => sql`f.document @@ ${tsquery(tiers.all)}`

/** One page of the documents matching `match`, put in tiers, then by ts_rank_cd over the whole query. */
async function ranked(db: Db, query: ParsedQuery, tiers: Tiers, match: Query, { limit, offset }: Page) {
  const { rows } = await db.execute<{ id: number }>(sql`
    SELECT id FROM (
      SELECT s.id, s.priority, s.title, length(f.title) AS length,
        ts_rank_cd(${WEIGHTS}::float4[], f.document, ${tsquery(tiers.all)}) AS rank,
        CASE WHEN f.title = ${exactTitle(query)} THEN 0
          WHEN f.document @@ ${tsquery(tiers.titlePhrase)} THEN 1
          WHEN f.document @@ ${tsquery(tiers.titleAll)} THEN 2
          WHEN f.document @@ ${tsquery(tiers.phrase)} THEN 3 ELSE 4 END AS tier
      FROM search_fts f JOIN search s ON s.id = f.id
      WHERE ${match}) ranked
    ORDER BY tier, CASE WHEN tier < ${TEXT_TIER} THEN length ELSE 0 END, rank DESC, priority, title, id
    LIMIT ${limit} OFFSET ${offset}`)
  return rows
}

export const postgresSearch: SearchEngine = {
  async ensure(payload: Payload) {
    const db = await drizzleOf<Db>(payload)
    const exists = async (table: string) =>
      (await db.execute<{ name: string | null }>(sql`SELECT to_regclass(${table})::text AS name`)).rows[0]?.name != null
    // A database its migrations have not reached yet: they will create the index.
    if (!(await exists('search'))) return
    const args = { db, payload } as unknown as Parameters<typeof createIndex>[0]
    if (!(await exists('search_fts'))) await createIndex(args)
    // Also after a development push, which drops the table with its indexes (./devPush.ts).
    await createTitleIndex(args)
    if ((await countOf(db, 'search_fts')) > 0 || (await countOf(db, 'search')) === 0) return
    const { rows: entries } = await db.execute<{ id: number; title: string | null; text: string | null }>(
      sql`SELECT id, title, text FROM search`,
    )
    for (const row of entries) await writeRow(db, { id: row.id, title: row.title ?? '', text: row.text ?? '' })
  },

  async write(req, entry) {
    await writeRow(await drizzleOf<Db>(req.payload, req), entry)
  },

  async remove(req, id) {
    const db = await drizzleOf<Db>(req.payload, req)
    await db.execute(sql`DELETE FROM search_fts WHERE id = ${Number(id)}`)
  },

  async search(payload, query, page) {
    const db = await drizzleOf<Db>(payload)
    const tiers = tsqueryTiers(query)
    // As on SQLite: every title match ranks above every text match, so a page the title matches
    // fill is ranked among them alone; ts_rank_cd over every document holding a common word reads
    // each one's tsvector, and they grow with the catalogue while the title matches stay few.
    const byTitle = await ranked(db, query, tiers, inTitle(tiers), page)
    const rows = byTitle.length === page.limit ? byTitle : await ranked(db, query, tiers, anywhere(tiers), page)
    const { rows: count } = await db.execute<{ n: string }>(
      sql`SELECT count(*) AS n FROM (
        SELECT 1 FROM search_fts WHERE document @@ ${tsquery(tiers.all)} LIMIT ${CANDIDATES + 1}) matches`,
    )
    return { ids: rows.map((r) => r.id), total: Number(count[0]?.n ?? 0) }
  },
}
