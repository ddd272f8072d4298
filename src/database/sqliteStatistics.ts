import type { Client } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { drizzleOf } from '../lib/search/transaction'
import { inTransaction } from './inTransaction'

// SQLite's planner chooses between indexes from the statistics ANALYZE stores in sqlite_stat1. A
// database that was never analysed has none, and the planner then guesses: at 3,196 films it read
// the admin's films list (`_symbols_v WHERE version_film_id = ? AND latest = ?`) through the
// `latest` index, which matches nearly every row, in 25 s; with statistics, through the film's
// index, in 7 ms (bench/catalogue/FINDINGS.md).
//
// SQLite recommends `PRAGMA optimize=0x10002` when a connection opens. The libsql build in use
// (SQLite 3.45) only analyses tables the connection has already queried, so it never creates
// statistics for a fresh connection; a database without any is therefore analysed outright, and
// a bulk write (an import, a restore) refreshes them, since it changes the tables' proportions.

type Statements = Pick<Client, 'execute'>

/**
 * Whether the planner lacks statistics: none recorded, or an index of an analysed table has none (a
 * migration added it since). ANALYZE records nothing for an empty table, so a freshly migrated
 * database is analysed again once it holds rows.
 */
async function needsAnalysis(client: Statements): Promise<boolean> {
  if ((await client.execute('SELECT 1 FROM sqlite_stat1 LIMIT 1')).rows.length === 0) return true
  const { rows } = await client.execute(`SELECT 1 FROM sqlite_master m
    WHERE m.type = 'index' AND m.tbl_name IN (SELECT tbl FROM sqlite_stat1)
      AND m.name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL) LIMIT 1`)
  return rows.length > 0
}

/**
 * Analyses every table and index in full: about a second per 200 MB. A sampled ANALYZE
 * (`analysis_limit`) is quicker but caps each value's rows at the sample: `_status`, the same for
 * every essay, then looked selective, and the newest essays were sorted from all of them instead
 * of read from their index (0.2–0.5 s instead of 2 ms at 1,900 films).
 */
async function analyseSqlite(client: Statements): Promise<void> {
  await client.execute('ANALYZE')
}

/**
 * What SQLite recommends when a connection opens; a database lacking statistics gets them. Only
 * where sqlite_stat1 exists, which the migrations create (20261206_205355_compound_sort_indexes)
 * and every import does: creating it here would change the schema of a database that a
 * command-line tool only reads or refuses (tests/cli/unmigrated.test.ts, schema-unchanged.test.ts).
 */
export async function optimiseOnOpen(client: Statements): Promise<void> {
  if ((await client.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).rows.length === 0) return
  if (await needsAnalysis(client)) await analyseSqlite(client)
  else await client.execute('PRAGMA optimize = 0x10002')
}

/**
 * The SQLite adapter, analysing its database when it connects. Statistics are an optimisation:
 * a database locked by another writer still opens, with what statistics it has.
 */
export function withSqliteStatistics(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect?.bind(adapter)
      if (!connect) return adapter
      adapter.connect = async (options) => {
        await connect(options)
        const client = (adapter as unknown as { client?: Statements }).client
        if (client)
          await optimiseOnOpen(client).catch((error: unknown) =>
            console.warn('SQLite statistics were not updated on connect:', error),
          )
      }
      return adapter
    },
  }
}

/**
 * Refreshes the planner's statistics after a bulk write on SQLite (PostgreSQL's autovacuum and
 * MongoDB keep their own). A no-op on the other databases. ANALYZE writes (sqlite_stat1), so it
 * takes its turn among this process's writers (./sqliteWriters.ts): run beside another of their
 * transactions, it waited for that one's lock while blocking the event loop the other needed to
 * finish, and failed with SQLITE_BUSY after the whole busy timeout (two imports at once).
 */
export async function refreshStatisticsAfterBulkWrite(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await inTransaction(payload, async (req) => {
    const db = await drizzleOf<{ run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }>(payload, req)
    await db.run(sql.raw('ANALYZE'))
  })
}
