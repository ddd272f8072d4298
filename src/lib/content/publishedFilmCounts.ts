import type { PayloadRequest } from 'payload'

import { idListSql, isSqlAdapter, sql, sqlRun, type SQL } from './sqlRows'

// Each theme's and genre's number of published films, kept in a column of its own
// (`published_films`) so that a visitor's facets and the home page's themes read one row each,
// not a grouped count of every credit (src/lib/content/filmCounts.ts). It is recounted in SQL,
// in the transaction of the write that may change it: the film hooks (collections/hooks/
// publishedFilms.ts), the migration that added it, and bench/catalogue/replicate.ts.

export type Taxonomy = 'themes' | 'genres'

/** The themes' and genres' ids whose count to recount; themes are always locked first. */
export type Credits = Record<Taxonomy, readonly (string | number)[]>

const TAXONOMIES: readonly Taxonomy[] = ['themes', 'genres']

/** A row of `taxonomy`'s count of published films: what the visitor's grouped count gives (each film once). */
const countOfSql = (taxonomy: Taxonomy): SQL =>
  sql`(SELECT count(DISTINCT r.parent_id) FROM films_rels r JOIN films f ON f.id = r.parent_id
    WHERE r.path = ${taxonomy} AND r.${sql.identifier(`${taxonomy}_id`)} = ${sql.identifier(taxonomy)}.id
      AND f._status = 'published')`

/** Sets the count of published films of the rows of `taxonomy` whose ids are given, or of every row. */
export function recountSql(taxonomy: Taxonomy, ids?: readonly (string | number)[]): SQL {
  const table = sql.identifier(taxonomy)
  const only = ids ? sql`WHERE ${table}.id IN (${idListSql(ids)})` : sql``
  return sql`UPDATE ${table} SET published_films = ${countOfSql(taxonomy)} ${only}`
}

/** How many rows of `taxonomy` keep a count that is not the one recountSql would set. */
export const staleCountsSql = (taxonomy: Taxonomy): SQL =>
  sql`SELECT count(*) AS n FROM ${sql.identifier(taxonomy)} WHERE published_films <> ${countOfSql(taxonomy)}`

/**
 * PostgreSQL, READ COMMITTED: two transactions crediting the same theme would each recount
 * without the other's uncommitted credits, and the later write would lose the earlier's film.
 * Locking the rows first makes the second wait for the first's commit; its recount, a statement
 * of its own, then reads a snapshot that holds it. NO KEY UPDATE, not UPDATE: a film's credit
 * (films_rels' foreign key) holds KEY SHARE on the theme, which UPDATE would wait on (two films
 * crediting one theme deadlocked) and NO KEY UPDATE does not. Ordered by id, as every writer
 * locks, so two of them never wait on each other.
 */
const lockSql = (taxonomy: Taxonomy, ids: readonly (string | number)[]): SQL =>
  sql`SELECT id FROM ${sql.identifier(taxonomy)} WHERE id IN (${idListSql(ids)}) ORDER BY id FOR NO KEY UPDATE`

/** Recounts the given themes and genres in `req`'s transaction. A no-op off the SQL adapters. */
export async function recountPublishedFilms(req: PayloadRequest, credits: Partial<Credits>): Promise<void> {
  const { payload } = req
  if (!isSqlAdapter(payload)) return
  for (const taxonomy of TAXONOMIES) {
    const ids = [...new Set(credits[taxonomy] ?? [])]
    if (!ids.length) continue
    // SQLite lets one writer at a time: the transaction already excludes every other recount.
    if (payload.db.name === 'postgres') await sqlRun(payload, lockSql(taxonomy, ids), req)
    await sqlRun(payload, recountSql(taxonomy, ids), req)
  }
}
