import type { Payload } from 'payload'

import type { Search, User } from '@/payload-types'

import { isSqlAdapter, sql, sqlRows, visibleSql } from '../content/sqlRows'

// The rows behind a page of results: each `search` row's fields and the titles of the films its
// symbol or essay belongs to. On the SQL adapters two lean queries read them: through the Local
// API, the rows, their symbols and their essays were each a find populating its films (whole
// documents, every field hydrated), most of a common word's search after the ranking itself.

/** Local API options for reading as the visitor or previewer (src/lib/content/viewer.ts). */
export type Access = { overrideAccess: false; user?: User; draft?: boolean }

export type ResultRow = {
  id: number | string
  kind: string
  title: string
  url: string
  text: string
  /** The titles of the films the row's symbol or essay belongs to that the viewer may read. */
  films: string[]
}

type FilmRef = { title?: string | null } | number | string | null | undefined
const titlesOf = (films: FilmRef[]) => films.flatMap((f) => (f && typeof f === 'object' && f.title ? [f.title] : []))

/** The Local API's read of the rows (MongoDB), each symbol's and essay's films read as the viewer. */
async function localRows(payload: Payload, ids: (number | string)[], access: Access): Promise<ResultRow[]> {
  const { docs: rows } = await payload.find({
    collection: 'search',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { title: true, kind: true, url: true, text: true, doc: true },
    ...access,
  })
  const docIdOf = (row: Pick<Search, 'doc'>) => {
    const value = row.doc.value as { id?: unknown } | number | string
    return (typeof value === 'object' ? value.id : value) as number | string
  }
  const idsOf = (relationTo: string) => rows.filter((r) => r.doc.relationTo === relationTo).map(docIdOf)
  const belongs = new Map<string, string[]>()
  // A symbol has one film, an essay several: each kind's documents read with their films' titles.
  for (const [collection, field] of [
    ['symbols', 'film'],
    ['essays', 'films'],
  ] as const) {
    const ofKind = idsOf(collection)
    if (!ofKind.length) continue
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ofKind } },
      depth: 1,
      pagination: false,
      select: { [field]: true },
      populate: { films: { title: true } },
      ...access,
    })
    for (const d of docs as unknown as ({ id: number | string } & Record<typeof field, FilmRef | FilmRef[]>)[]) {
      const films = d[field]
      belongs.set(`${collection}:${d.id}`, titlesOf(Array.isArray(films) ? films : [films]))
    }
  }
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind ?? '',
    title: row.title ?? '',
    url: row.url ?? '/',
    text: row.text ?? '',
    films: belongs.get(`${row.doc.relationTo}:${String(docIdOf(row))}`) ?? [],
  }))
}

type SqlRow = {
  id: number | string
  kind: string | null
  title: string | null
  url: string | null
  text: string | null
}

/**
 * The same in SQL. A symbol's or essay's films are listed only when the viewer may read the symbol
 * or essay and the film (collections/access.ts); a signed-in previewer may read them all.
 */
async function sqlResultRows(payload: Payload, ids: (number | string)[], access: Access): Promise<ResultRow[]> {
  const list = sql.join(
    ids.map((id) => sql`${Number(id)}`),
    sql`, `,
  )
  const visible = (collection: 'films' | 'symbols' | 'essays', alias: string) =>
    access.user ? sql`1 = 1` : visibleSql(collection, alias)
  const [rows, films] = await Promise.all([
    sqlRows<SqlRow>(payload, sql`SELECT id, kind, title, url, text FROM search WHERE id IN (${list})`),
    sqlRows<{ id: number | string; title: string | null }>(
      payload,
      sql`SELECT r.parent_id AS id, f.title AS title, 0 AS place FROM search_rels r
          JOIN symbols d ON d.id = r.symbols_id JOIN films f ON f.id = d.film_id
          WHERE r.path = 'doc' AND r.parent_id IN (${list}) AND ${visible('symbols', 'd')} AND ${visible('films', 'f')}
        UNION ALL
        SELECT r.parent_id AS id, f.title AS title, er."order" AS place FROM search_rels r
          JOIN essays d ON d.id = r.essays_id
          JOIN essays_rels er ON er.parent_id = d.id AND er.path = 'films' JOIN films f ON f.id = er.films_id
          WHERE r.path = 'doc' AND r.parent_id IN (${list}) AND ${visible('essays', 'd')} AND ${visible('films', 'f')}
        ORDER BY id, place`,
    ),
  ])
  const belongs = new Map<string, string[]>()
  for (const { id, title } of films) if (title) belongs.set(String(id), [...(belongs.get(String(id)) ?? []), title])
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind ?? '',
    title: row.title ?? '',
    url: row.url ?? '/',
    text: row.text ?? '',
    films: belongs.get(String(row.id)) ?? [],
  }))
}

/** The rows of these `search` ids, in no particular order, read as the viewer. */
export const resultRows = (payload: Payload, ids: (number | string)[], access: Access): Promise<ResultRow[]> =>
  isSqlAdapter(payload) ? sqlResultRows(payload, ids, access) : localRows(payload, ids, access)
