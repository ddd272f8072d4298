import type { Payload } from 'payload'

import type { Symbol } from '@/payload-types'

import { sql, sqlRows, visibleSql } from './sqlRows'
import { countedVisibleSql } from './visibleColumn'

// Which symbols a page of the atlas holds, read in SQL for a visitor on the SQL adapters. The Local
// API's page sorted every symbol it joined to its film for the read rule and counted them again for
// the total (88 ms of CPU at 20,070 symbols); here the motif index gives the order and the page's
// rows are ids only.

export type AtlasRowRef = { id: Symbol['id']; motif: string }
export type AtlasRows = {
  /** The symbols of the page, in atlas order. */
  rows: AtlasRowRef[]
  /** The motif of the symbol just before the page, if any. */
  before: string | undefined
  total: number
}

const ORDER = sql`ORDER BY d.motif, d.name, d.id`

/** The page's symbols and the one before them, and how many symbols the visitor may read. */
export async function atlasRows(
  payload: Payload,
  { limit, offset }: { limit: number; offset: number },
): Promise<AtlasRows> {
  const from = Math.max(0, offset - 1)
  const [rows, counted] = await Promise.all([
    sqlRows<AtlasRowRef>(
      payload,
      sql`SELECT d.id AS id, d.motif AS motif FROM symbols d WHERE ${visibleSql('symbols', 'd')}
        ${ORDER} LIMIT ${limit + offset - from} OFFSET ${from}`,
    ),
    sqlRows<{ n: unknown }>(
      payload,
      sql`SELECT count(*) AS n FROM symbols d WHERE ${countedVisibleSql('symbols', 'd')}`,
    ),
  ])
  const before = offset > 0 ? rows.shift() : undefined
  return { rows, before: before?.motif, total: Number(counted[0]?.n ?? 0) }
}

/** The first `limit` symbols of a motif the visitor may read, in atlas order. */
export async function motifRows(payload: Payload, motif: string, limit: number): Promise<Symbol['id'][]> {
  const rows = await sqlRows<{ id: Symbol['id'] }>(
    payload,
    sql`SELECT d.id AS id FROM symbols d WHERE d.motif = ${motif} AND ${visibleSql('symbols', 'd')} ${ORDER} LIMIT ${limit}`,
  )
  return rows.map((r) => r.id)
}
