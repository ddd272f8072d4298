// Both SQL adapters build their queries with the same Drizzle; its `sql` writes for either.
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { drizzleOf } from '../search/transaction'

// The few reads the Local API cannot express cheaply (a GROUP BY, or tens of thousands of rows
// without per-document work) are written in SQL. Each applies the visitor's read rule of
// collections/access.ts itself, and its callers run it only through asViewer.

export { sql }
export type SQL = ReturnType<typeof sql>

/** Whether Payload runs on one of the SQL adapters (SQLite, PostgreSQL), not MongoDB. */
export const isSqlAdapter = (payload: Payload): boolean =>
  payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/** The rows of a query on the SQL adapter Payload runs on. */
export async function sqlRows<T>(payload: Payload, query: SQL): Promise<T[]> {
  if (payload.db.name === 'sqlite') {
    const db = await drizzleOf<{ all<R>(query: SQL): Promise<R[]> }>(payload)
    return db.all<T>(query)
  }
  const db = await drizzleOf<{ execute<R>(query: SQL): Promise<{ rows: R[] }> }>(payload)
  return (await db.execute<T>(query)).rows
}

/**
 * The visitor's read rule for films, symbols and essays (collections/access.ts): published, and a
 * symbol's film or one of an essay's films published too. `alias` is the table's alias in the query.
 */
export function visibleSql(collection: 'films' | 'symbols' | 'essays', alias: string): SQL {
  const self = sql.raw(alias)
  const published = sql`${self}._status = 'published'`
  if (collection === 'films') return published
  const film =
    collection === 'symbols'
      ? sql`EXISTS (SELECT 1 FROM films vf WHERE vf.id = ${self}.film_id AND vf._status = 'published')`
      : sql`EXISTS (SELECT 1 FROM essays_rels vr JOIN films vf ON vf.id = vr.films_id
          WHERE vr.parent_id = ${self}.id AND vr.path = 'films' AND vf._status = 'published')`
  return sql`${published} AND ${film}`
}
