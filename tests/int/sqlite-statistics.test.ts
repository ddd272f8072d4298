import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatFilm, type ParsedFilm } from '../../src/filmText'
import { importFiles } from '../../src/import/importFiles'
import { optimiseOnOpen } from '../../src/database/sqliteStatistics'
import { startPayload } from './helpers/payload'

// Without statistics SQLite's planner guessed that `latest = 1` was as selective as a film's id
// and read the admin's films list through the `latest` index (nearly every row): 25 s at 3,196
// films instead of 7 ms. An import leaves the statistics that make it choose the film's index.

const sqlite = process.env.TEST_ADAPTER === 'sqlite'
if (!sqlite) console.warn(`sqlite-statistics skipped on ${process.env.TEST_ADAPTER}: it tests SQLite's planner.`)

const film = (n: number): ParsedFilm => ({
  title: `Planned Film ${n}`,
  slug: `planned-film-${n}`,
  logline: `Film ${n} of the planner.`,
  originalTitle: null,
  tagline: null,
  releaseDate: `${1990 + n}-01-01`,
  country: 'Japan',
  runtimeMinutes: 90,
  rating: { score: 7, votes: 10 },
  directors: [`Director Number${n}`],
  cast: [`Actor Number${n}`],
  genres: ['Drama'],
  themes: ['Memory'],
  boxOffice: null,
  symbols: Array.from({ length: 4 }, (_, i) => ({
    name: `Object ${n}-${i}`,
    meaning: 'Meaning.',
    context: 'Context.',
  })),
  questions: [{ question: `What does film ${n} ask?`, discussion: 'It asks.' }],
  coreMeaning: `Film ${n} means something.`,
})

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

describe.runIf(sqlite)('SQLite statistics', () => {
  let payload: Payload
  let client: Client

  beforeAll(async () => {
    payload = await startPayload()
    client = (payload.db as unknown as { client: Client }).client
    const sources = Array.from({ length: 12 }, (_, i) => ({ file: `planned-${i}.txt`, text: formatFilm(film(i)) }))
    const outcomes = await importFiles(payload, sources)
    expect(outcomes.filter((o) => !o.ok)).toEqual([])
  })

  it('exist after an import', async () => {
    const { rows } = await client.execute("SELECT stat FROM sqlite_stat1 WHERE idx = '_symbols_v_latest_idx'")
    expect(rows).toHaveLength(1)
  })

  it("make the planner read a film's symbol versions through the film's index", async () => {
    const { rows } = await client.execute(
      'EXPLAIN QUERY PLAN SELECT id FROM _symbols_v WHERE version_film_id = 1 AND latest = 1',
    )
    const plan = rows.map((row) => String(row.detail)).join('\n')
    expect(plan).toContain('_symbols_v_version_version_film_idx')
    expect(plan).not.toContain('_symbols_v_latest_idx')
  })
})

describe.runIf(sqlite)('a SQLite database opened without statistics', () => {
  it('is analysed when the connection opens, and again once a new index lacks statistics', async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'subtext-stats-')), 'stats.db')}`
    const db = createClient({ url })
    await db.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, film INTEGER, latest INTEGER)')
    await db.execute('CREATE INDEX notes_film ON notes (film)')
    // As the migrations leave a new database: the statistics table, holding nothing yet.
    await db.execute('ANALYZE')
    await db.execute(
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO notes SELECT i, i / 6, 1 FROM n',
    )
    await optimiseOnOpen(db)
    const { rows } = await db.execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'notes_film'")
    expect(rows.map((row) => row.stat)).toEqual(['500 6'])

    // A migration adds an index: the next connection analyses it too.
    await db.execute('CREATE INDEX notes_latest ON notes (latest)')
    await optimiseOnOpen(db)
    const latest = await db.execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'notes_latest'")
    expect(latest.rows.map((row) => row.stat)).toEqual(['500 500'])
    db.close()
  })

  it('is left exactly as it is when it has no statistics table: a tool may only read it', async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'subtext-stats-')), 'bare.db')}`
    const db = createClient({ url })
    await db.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, film INTEGER)')
    const version = async () => (await db.execute('PRAGMA schema_version')).rows[0]?.[0]
    const before = await version()
    await optimiseOnOpen(db)
    expect(await version()).toBe(before)
    db.close()
  })
})
