import type { Payload } from 'payload'

import { inTransaction } from '../database/inTransaction'
import { recountSql, staleCountsSql } from '../lib/content/publishedFilmCounts'
import { isSqlAdapter, sqlRows, sqlRun, type SQL } from '../lib/content/sqlRows'
import { recomputeVisibleSql, staleVisibleSql } from '../lib/content/visibleColumn'

// The values the database keeps beside the data they are computed from, so that a count is one
// index range: a symbol's and an essay's `visible`, a theme's and a genre's `publishedFilms`. The
// hooks keep them in the transaction of every write through Payload; a write that went around
// Payload (SQL by hand, a copy of rows) or one made by a version of the site older than the
// column (during a rolling update, between the migration and the last old instance's stop) does
// not. This recomputes all of them from their data.

export const KEPT = ['symbols', 'essays', 'themes', 'genres'] as const
export type Kept = (typeof KEPT)[number]

const STATEMENTS: Record<Kept, { stale: SQL; recount: SQL }> = {
  symbols: { stale: staleVisibleSql('symbols'), recount: recomputeVisibleSql('symbols') },
  essays: { stale: staleVisibleSql('essays'), recount: recomputeVisibleSql('essays') },
  themes: { stale: staleCountsSql('themes'), recount: recountSql('themes') },
  genres: { stale: staleCountsSql('genres'), recount: recountSql('genres') },
}

/**
 * Recomputes every kept value, in one transaction, and says how many of each were stale. MongoDB
 * keeps none (its counts are aggregations): nothing to do there.
 */
export async function recountKeptValues(payload: Payload): Promise<Record<Kept, number> | null> {
  if (!isSqlAdapter(payload)) return null
  return inTransaction(payload, async (req) => {
    const stale = {} as Record<Kept, number>
    for (const kept of KEPT) {
      const [row] = await sqlRows<{ n: unknown }>(payload, STATEMENTS[kept].stale, req)
      stale[kept] = Number(row?.n ?? 0)
      await sqlRun(payload, STATEMENTS[kept].recount, req)
    }
    return stale
  })
}
