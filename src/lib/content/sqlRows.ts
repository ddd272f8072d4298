// Both SQL adapters build their queries with the same Drizzle; its `sql` writes for either.
import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { drizzleOf } from '../search/transaction'

// The few reads the Local API cannot express cheaply (a GROUP BY, or tens of thousands of rows
// without per-document work) are written in SQL. Each applies the visitor's read rule of
// collections/access.ts itself, and its callers run it only through asViewer.

export { sql }
export type SQL = ReturnType<typeof sql>

/** Whether Payload runs on one of the SQL adapters (SQLite, PostgreSQL), not MongoDB. */
export const isSqlAdapter = (payload: Payload): boolean =>
  payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/** The rows of a query on the SQL adapter Payload runs on, in `req`'s transaction if given. */
export async function sqlRows<T>(payload: Payload, query: SQL, req?: PayloadRequest): Promise<T[]> {
  if (payload.db.name === 'sqlite') {
    const db = await drizzleOf<{ all<R>(query: SQL): Promise<R[]> }>(payload, req)
    return db.all<T>(query)
  }
  const db = await drizzleOf<{ execute<R>(query: SQL): Promise<{ rows: R[] }> }>(payload, req)
  return (await db.execute<T>(query)).rows
}

/** Runs a statement that returns no rows on the SQL adapter Payload runs on, in `req`'s transaction if given. */
export async function sqlRun(payload: Payload, statement: SQL, req?: PayloadRequest): Promise<void> {
  if (payload.db.name === 'sqlite')
    await (await drizzleOf<{ run(query: SQL): Promise<unknown> }>(payload, req)).run(statement)
  else await (await drizzleOf<{ execute(query: SQL): Promise<unknown> }>(payload, req)).execute(statement)
}

/**
 * The visitor's read rule for films, symbols and essays (collections/access.ts): published, and a
 * symbol's film or one of an essay's films published too. `alias` is the table's alias in the query.
 * Each row's film is looked up by its id: right for the rows of one page, read in an index's order.
 * A count of every symbol or essay reads instead the column that keeps this rule's value
 * (visibleColumn.ts, where the hooks and the migration recompute it with this very function);
 * what a page shows is always tested here, so a stale column can miscount, never show a hidden
 * document. `status`: the row's status, as the query tests it (see unindexedSql).
 */
export function visibleSql(
  collection: 'films' | 'symbols' | 'essays',
  alias: string,
  status: SQL = sql.raw(`${alias}._status`),
): SQL {
  const self = sql.raw(alias)
  const published = sql`${status} = 'published'`
  if (collection === 'films') return published
  const film =
    collection === 'symbols'
      ? sql`EXISTS (SELECT 1 FROM films vf WHERE vf.id = ${self}.film_id AND vf._status = 'published')`
      : sql`EXISTS (SELECT 1 FROM essays_rels vr JOIN films vf ON vf.id = vr.films_id
          WHERE vr.parent_id = ${self}.id AND vr.path = 'films' AND vf._status = 'published')`
  return sql`${published} AND ${film}`
}

/**
 * `column` such that SQLite's planner takes no index for a condition on it: a page read in the
 * order of another index then walks that index and stops at the page's end, where SQLite would
 * rather read every row from an index of the condition and sort them all (every published essay,
 * 100 ms at 40,000). PostgreSQL weighs the LIMIT itself, and has no unary plus for every type.
 */
export const unindexedSql = (payload: Payload, column: string): SQL =>
  sql.raw(payload.db.name === 'sqlite' ? `+${column}` : column)

/** A list of ids for `IN (…)`, each a bound parameter (ids are integers on the SQL adapters). */
export const idListSql = (ids: readonly (string | number)[]): SQL =>
  sql.join(
    ids.map((id) => sql`${Number(id)}`),
    sql`, `,
  )
