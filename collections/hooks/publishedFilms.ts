import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import type { Film, Genre, Theme } from '@/payload-types'

import { recountPublishedFilms, type Credits, type Taxonomy } from '../../src/lib/content/publishedFilmCounts'
import { isSqlAdapter, sql, sqlRows } from '../../src/lib/content/sqlRows'

// Keep each theme's and genre's count of published films (src/lib/content/publishedFilmCounts.ts)
// in the transaction of every film write that may change it. What a write changes is the film's
// main row: its credits before (read in SQL, since Payload's `previousDoc` is the latest version,
// a draft's credits when a draft was saved over the published film) and after (the doc's).

const before = (id: string | number) => `publishedFilms:${id}`

/** The credits of the film's main row, as stored now. */
async function storedCredits(req: PayloadRequest, film: string | number): Promise<Credits> {
  const rows = await sqlRows<{ path: Taxonomy; id: number }>(
    req.payload,
    sql`SELECT path, coalesce(themes_id, genres_id) AS id FROM films_rels
      WHERE parent_id = ${Number(film)} AND path IN ('themes', 'genres')`,
    req,
  )
  const of = (path: Taxonomy) => rows.filter((r) => r.path === path).map((r) => r.id)
  return { themes: of('themes'), genres: of('genres') }
}

/** A relationship's ids, whether populated or not. */
const idsOf = (value: unknown): (string | number)[] =>
  (Array.isArray(value) ? value : [])
    .map((v: unknown) => (typeof v === 'object' && v !== null ? (v as { id?: string | number }).id : v))
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')

const remember = async (req: PayloadRequest, id: string | number | undefined) => {
  if (id !== undefined && isSqlAdapter(req.payload)) req.context[before(id)] = await storedCredits(req, id)
}

const recount = async (req: PayloadRequest, doc: Pick<Film, 'id' | 'themes' | 'genres'>) => {
  const was = req.context[before(doc.id)] as Credits | undefined
  delete req.context[before(doc.id)]
  await recountPublishedFilms(req, {
    themes: [...(was?.themes ?? []), ...idsOf(doc.themes)],
    genres: [...(was?.genres ?? []), ...idsOf(doc.genres)],
  })
}

const rememberBeforeChange: CollectionBeforeChangeHook<Film> = async ({ operation, originalDoc, req, data }) => {
  if (operation === 'update') await remember(req, originalDoc?.id)
  return data
}

const rememberBeforeDelete: CollectionBeforeDeleteHook = ({ id, req }) => remember(req, id)

const recountAfterChange: CollectionAfterChangeHook<Film> = async ({ doc, req }) => {
  await recount(req, doc)
  return doc
}

// The film's credits are deleted with its row, before this runs: recounting the ones it had
// leaves them without it.
const recountAfterDelete: CollectionAfterDeleteHook<Film> = async ({ doc, req }) => {
  await recount(req, doc)
  return doc
}

/** The film hooks that keep the counts. */
export const publishedFilmsHooks = {
  beforeChange: [rememberBeforeChange],
  beforeDelete: [rememberBeforeDelete],
  afterChange: [recountAfterChange],
  afterDelete: [recountAfterDelete],
}

/**
 * A theme's or genre's own save writes back the count it read when it began (Payload writes every
 * field), which a film's write may have changed since on PostgreSQL: recount it after.
 */
export const recountOwnCount: CollectionAfterChangeHook<Theme | Genre> = async ({ collection, doc, req }) => {
  await recountPublishedFilms(req, { [collection.slug as Taxonomy]: [doc.id] })
  return doc
}
