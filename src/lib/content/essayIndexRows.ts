import type { Payload } from 'payload'

import type { Essay, Film } from '@/payload-types'

import type { EssayKind } from '../essaysQuery'
import { sql, sqlRows, unindexedSql, visibleSql, type SQL } from './sqlRows'
import { countedVisibleSql } from './visibleColumn'

// The visitor's essay index on the SQL adapters: the ids of one page and the count of each kind,
// in two queries. Through the Local API the page's total and each kind's count were a count
// apiece, each joining every essay to its films for the read rule: five passes over the essays
// (169 ms of CPU at 13,380 essays); here one grouped pass counts them all.

export type EssayIndexQuery = { film: Film['id'] | null; kind: EssayKind | null; limit: number; offset: number }
export type EssayIndexRows = { ids: Essay['id'][]; kinds: Map<string, number> }

/** A film's essays are found from its rows of essays_rels (their index), not by testing every essay. */
const ofFilmSql = (film: Film['id'] | null): SQL | null =>
  film === null
    ? null
    : sql`AND d.id IN (SELECT fr.parent_id FROM essays_rels fr WHERE fr.path = 'films' AND fr.films_id = ${film})`

/** What a page shows: the visitor's read rule itself, tested essay by essay (of the film, if asked). */
const shownSql = (payload: Payload, film: Film['id'] | null): SQL =>
  sql`${visibleSql('essays', 'd', unindexedSql(payload, 'd._status'))} ${ofFilmSql(film) ?? sql``}`

/**
 * The ids of one page of the essays a visitor may read, newest first, of one film and one kind
 * when asked: read newest first from the index of publication dates, stopping at the page's end
 * (not sorted from all of them).
 */
export async function essayPageIds(
  payload: Payload,
  { film, kind, limit, offset }: EssayIndexQuery,
): Promise<Essay['id'][]> {
  const rows = await sqlRows<{ id: Essay['id'] }>(
    payload,
    sql`SELECT d.id AS id FROM essays d WHERE ${shownSql(payload, film)} ${kind ? sql`AND d.kind = ${kind}` : sql``}
      ORDER BY d.published_at DESC, d.title, d.id LIMIT ${limit} OFFSET ${offset}`,
  )
  return rows.map((r) => r.id)
}

export async function essayIndexRows(payload: Payload, query: EssayIndexQuery): Promise<EssayIndexRows> {
  // A film's few essays are counted by the rule; without a film the counts read the kept column's index.
  const counted = query.film === null ? countedVisibleSql('essays', 'd') : shownSql(payload, query.film)
  const [ids, counts] = await Promise.all([
    essayPageIds(payload, query),
    sqlRows<{ kind: string; n: unknown }>(
      payload,
      sql`SELECT d.kind AS kind, count(*) AS n FROM essays d WHERE ${counted} GROUP BY d.kind`,
    ),
  ])
  return { ids, kinds: new Map(counts.map((c) => [c.kind, Number(c.n)])) }
}
