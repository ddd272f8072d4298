import { sql, visibleSql, type SQL } from './sqlRows'

// Each symbol and essay keeps in its `visible` column (collections/fields/visible.ts) whether a
// visitor may read it, so that a count of the whole catalogue is one range of an index on it, with
// no join to the films. The column is written by these statements only: by the hooks, in the
// transaction of every write that can change it (collections/hooks/visible.ts), and by the
// migration that added it, over every row. Both recompute the read rule itself (visibleSql), so
// the rule is written once.

export type Work = 'symbols' | 'essays'

/** The alias of the updated table in `where`. */
export const WORK_ALIAS = 'w'

/**
 * Sets `visible` of the rows of `collection` that `where` selects (every row without it) to the
 * visitor's read rule. Valid on both SQL adapters: SQLite stores the rule's truth as 1 or 0 in its
 * integer column, PostgreSQL as a boolean.
 */
export function recomputeVisibleSql(collection: Work, where?: SQL): SQL {
  const rule = visibleSql(collection, WORK_ALIAS)
  return sql`UPDATE ${sql.identifier(collection)} AS ${sql.raw(WORK_ALIAS)} SET visible = (${rule})
    ${where ? sql`WHERE ${where}` : sql``}`
}

/** How many rows of `collection` keep a value that is not the one recomputeVisibleSql would set. */
export const staleVisibleSql = (collection: Work): SQL =>
  sql`SELECT count(*) AS n FROM ${sql.identifier(collection)} AS ${sql.raw(WORK_ALIAS)}
    WHERE ${sql.raw(WORK_ALIAS)}.visible <> (${visibleSql(collection, WORK_ALIAS)})`

/**
 * What a count of the documents a visitor may read tests: a film its status, a symbol or an essay
 * the kept column (one index range; `TRUE` is 1 in SQLite and a boolean in PostgreSQL). Only
 * counts use it: a page of rows (what is shown) tests visibleSql, so a stale column could
 * miscount but never show a hidden document.
 */
export const countedVisibleSql = (collection: 'films' | Work, alias: string): SQL =>
  collection === 'films' ? visibleSql(collection, alias) : sql`${sql.raw(alias)}.visible = TRUE`
