import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { idListSql, isSqlAdapter, sql, sqlRows, sqlRun, type SQL } from '../../src/lib/content/sqlRows'
import { recomputeVisibleSql, WORK_ALIAS, type Work } from '../../src/lib/content/visibleColumn'

// Keeps the `visible` column of symbols and essays (collections/fields/visible.ts) equal to the
// visitor's read rule, recomputed in SQL in the transaction of the write that may change it: a
// rollback takes it back with the write. Not through Payload's updates, which would save a
// version of each symbol and essay. A draft saved over a published document leaves its row as it
// was (Payload writes the version alone), and the recompute, reading the rows, keeps it too.
// MongoDB has no such column in use: its counts go through the Local API (src/lib/content), so
// these hooks do nothing there.

type Id = TypeWithID['id']
const WORKS = ['symbols', 'essays'] as const satisfies readonly Work[]
const w = sql.raw(WORK_ALIAS)

const idsIn = (ids: readonly Id[]): SQL => sql`${w}.id IN (${idListSql(ids)})`

/** A film's symbols and essays, as a condition on the recomputed table. */
const ofFilm = (film: Id): Record<Work, SQL> => ({
  symbols: sql`${w}.film_id = ${film}`,
  essays: sql`${w}.id IN (SELECT r.parent_id FROM essays_rels r WHERE r.path = 'films' AND r.films_id = ${film})`,
})

/**
 * A symbol's or essay's own write: its status, its film or films. Needed on every write of the
 * row, whatever changed: Payload's update writes the column too, with the field's default.
 */
export const keepVisible =
  (collection: Work): CollectionAfterChangeHook<TypeWithID> =>
  async ({ doc, req }) => {
    if (isSqlAdapter(req.payload)) await sqlRun(req.payload, recomputeVisibleSql(collection, idsIn([doc.id])), req)
    return doc
  }

/** The work of each film being deleted in a request, found before the delete unlinks it. */
const DELETED_FILMS_WORK = 'visibleWorkOfDeletedFilms'
type DeletedWork = Map<string, Record<Work, Id[]>>
const deletedWork = (req: PayloadRequest): DeletedWork => (req.context[DELETED_FILMS_WORK] ??= new Map()) as DeletedWork

const afterChange: CollectionAfterChangeHook<TypeWithID> = async ({ doc, req }) => {
  if (!isSqlAdapter(req.payload)) return doc
  const works = ofFilm(doc.id)
  for (const collection of WORKS) await sqlRun(req.payload, recomputeVisibleSql(collection, works[collection]), req)
  return doc
}

// Deleting a film sets its symbols' film to NULL and deletes its rows of essays_rels (the foreign
// keys' ON DELETE): afterwards nothing leads from the film to its work, so it is found before.
const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!isSqlAdapter(req.payload)) return
  const works = ofFilm(id)
  const found = {} as Record<Work, Id[]>
  for (const collection of WORKS) {
    const rows = await sqlRows<{ id: Id }>(
      req.payload,
      sql`SELECT ${w}.id AS id FROM ${sql.identifier(collection)} ${w} WHERE ${works[collection]}`,
      req,
    )
    found[collection] = rows.map((r) => r.id)
  }
  deletedWork(req).set(String(id), found)
}

const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  if (!isSqlAdapter(req.payload)) return
  const found = deletedWork(req).get(String(id))
  deletedWork(req).delete(String(id))
  for (const collection of WORKS) {
    const ids = found?.[collection] ?? []
    if (ids.length > 0) await sqlRun(req.payload, recomputeVisibleSql(collection, idsIn(ids)), req)
  }
}

/** A film's write or delete: its symbols and essays may become visible or hidden. */
export const filmVisibleHooks = { afterChange, beforeDelete, afterDelete }
