import type { Payload } from 'payload'

import type { Essay, Film } from '@/payload-types'

import type { EssayKind } from '../essaysQuery'
import { sql, sqlRows, unindexedSql, visibleSql } from './sqlRows'
import { countedVisibleSql } from './visibleColumn'

// The visitor's essay index on the SQL adapters: the ids of one page and the count of each kind,
// in two queries. Through the Local API the page's total and each kind's count were a count
// apiece, each joining every essay to its films for the read rule: five passes over the essays
// (169 ms of CPU at 13,380 essays); here one grouped pass counts them all.

export type EssayIndexQuery = { film: Film['id'] | null; kind: EssayKind | null; limit: number; offset: number }
export type EssayIndexRows = { ids: Essay['id'][]; kinds: Map<string, number> }

export async function essayIndexRows(
  payload: Payload,
  { film, kind, limit, offset }: EssayIndexQuery,
): Promise<EssayIndexRows> {
  // A film's essays are found from its rows of essays_rels (their index), not by testing every
  // essay: its few are tested one by one. Without a film the counts read the kept column's index.
  const ofFilm =
    film === null
      ? null
      : sql`AND d.id IN (SELECT fr.parent_id FROM essays_rels fr WHERE fr.path = 'films' AND fr.films_id = ${film})`
  // The page is read newest first from the index of publication dates (not sorted from all).
  const where = sql`${visibleSql('essays', 'd', unindexedSql(payload, 'd._status'))} ${ofFilm ?? sql``}`
  const counted = ofFilm ? where : countedVisibleSql('essays', 'd')
  const [page, counts] = await Promise.all([
    sqlRows<{ id: Essay['id'] }>(
      payload,
      sql`SELECT d.id AS id FROM essays d WHERE ${where} ${kind ? sql`AND d.kind = ${kind}` : sql``}
        ORDER BY d.published_at DESC, d.title, d.id LIMIT ${limit} OFFSET ${offset}`,
    ),
    sqlRows<{ kind: string; n: unknown }>(
      payload,
      sql`SELECT d.kind AS kind, count(*) AS n FROM essays d WHERE ${counted} GROUP BY d.kind`,
    ),
  ])
  return { ids: page.map((r) => r.id), kinds: new Map(counts.map((c) => [c.kind, Number(c.n)])) }
}
