/**
 * Multiplies a loaded catalogue's films, with their credits, symbols and essays, by copying their
 * rows in SQL, on the database DATABASE_URI names (SQLite or PostgreSQL); how to run it:
 * README.md. Importing 10,000 films takes hours on a loaded machine; this gives the reads that
 * count the whole catalogue (the sitemap, /films facets, /symbols, /essays) a catalogue of that
 * size from a smaller real import in seconds. Each copy is its source film's rows with new ids and
 * slugs, the same themes, genres and people, and the same statuses, so the copies' counts are the
 * source's times K, and the search entries of the copied films, symbols and essays are copied with
 * them (their full-text rows too), so that search is measured over as many entries. Versions and
 * casts (the film page's) are not copied: it is not for the admin or the film page.
 */
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { payloadClient } from '../../src/lib/payload'
import { sql, sqlRows, type SQL } from '../../src/lib/content/sqlRows'
import { recountKeptValues } from '../../src/recount/recount'

/** For each copied table, the columns moved by an offset: the table whose ids each refers to. */
const TABLES: Record<string, Record<string, string>> = {
  films: { id: 'films' },
  films_rels: { id: 'films_rels', parent_id: 'films' },
  symbols: { id: 'symbols', film_id: 'films' },
  symbols_rels: { id: 'symbols_rels', parent_id: 'symbols' },
  essays: { id: 'essays' },
  essays_rels: { id: 'essays_rels', parent_id: 'essays', films_id: 'films' },
  search: { id: 'search' },
  search_rels: {
    id: 'search_rels',
    parent_id: 'search',
    films_id: 'films',
    symbols_id: 'symbols',
    essays_id: 'essays',
  },
}
/** The search entries of films, symbols and essays: those of themes and people are not copied (they are shared). */
const OF_COPIED_WORK = sql`(films_id IS NOT NULL OR symbols_id IS NOT NULL OR essays_id IS NOT NULL)`
const COPIED_ENTRIES = sql`SELECT parent_id FROM search_rels WHERE ${OF_COPIED_WORK}`
/** Which of a table's rows are copied, beside `id <= its largest id before the copies`. */
const ONLY: Record<string, SQL> = {
  search: sql`id IN (${COPIED_ENTRIES})`,
  search_rels: OF_COPIED_WORK,
}
/** Unique per row: a copy's gets a suffix. */
const UNIQUE: Record<string, string[]> = { films: ['slug'], essays: ['slug'] }

async function columnsOf(payload: Awaited<ReturnType<typeof payloadClient>>, table: string): Promise<string[]> {
  const rows =
    payload.db.name === 'sqlite'
      ? await sqlRows<{ name: string }>(payload, sql`SELECT name FROM pragma_table_info(${table})`)
      : await sqlRows<{ name: string }>(
          payload,
          sql`SELECT column_name AS name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`,
        )
  return rows.map((r) => r.name)
}

/** The full-text rows of the copied search entries (src/lib/search: keyed by the entry's id). */
async function copyFullText(payload: Payload, times: number, maxSearch: number): Promise<void> {
  const sqlite = payload.db.name === 'sqlite'
  const key = sql.raw(sqlite ? 'rowid' : 'id')
  const columns = sql.raw(sqlite ? 'title, body' : 'title, document')
  for (let k = 1; k < times; k++)
    await sqlRows(
      payload,
      sql`INSERT INTO search_fts (${key}, ${columns}) SELECT ${key} + ${k * maxSearch}, ${columns} FROM search_fts
        WHERE ${key} <= ${maxSearch} AND ${key} IN (${COPIED_ENTRIES})`,
    )
  process.stderr.write(`search_fts: copied ${times - 1} times\n`)
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { times: { type: 'string', default: '5' } } })
  const times = Number(values.times)
  if (!Number.isInteger(times) || times < 2) throw new Error('--times must be an integer of at least 2')
  const payload = await payloadClient()
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') throw new Error('SQLite or PostgreSQL only')
  const maxId: Record<string, number> = {}
  for (const table of Object.keys(TABLES)) {
    const [row] = await sqlRows<{ n: unknown }>(
      payload,
      sql`SELECT coalesce(max(id), 0) AS n FROM ${sql.identifier(table)}`,
    )
    maxId[table] = Number(row?.n ?? 0)
  }
  for (const [table, moved] of Object.entries(TABLES)) {
    const columns = await columnsOf(payload, table)
    for (let k = 1; k < times; k++) {
      const values: SQL[] = columns.map((column) => {
        const c = sql.identifier(column)
        const refers = moved[column]
        if (refers) return sql`${c} + ${k * maxId[refers]!}`
        if (UNIQUE[table]?.includes(column)) return sql`${c} || ${`-x${k}`}`
        return sql`${c}`
      })
      await sqlRows(
        payload,
        sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
          columns.map((c) => sql.identifier(c)),
          sql`, `,
        )})
          SELECT ${sql.join(values, sql`, `)} FROM ${sql.identifier(table)}
          WHERE id <= ${maxId[table]!} ${ONLY[table] ? sql`AND ${ONLY[table]}` : sql``}`,
      )
    }
    process.stderr.write(`${table}: ${maxId[table]} rows copied ${times - 1} times\n`)
  }
  await copyFullText(payload, times, maxId.search!)
  // The copies carry their sources' themes and genres: their kept counts of published films, as the
  // film hooks would have left them.
  await recountKeptValues(payload)
  // The planner's statistics for the new size, as after a real load and `ANALYZE`.
  await sqlRows(payload, sql`ANALYZE`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`replicate failed: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
