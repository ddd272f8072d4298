import type { Payload } from 'payload'

import type { Film, Theme } from '@/payload-types'

import { collectionTag } from '../tags'
import { payloadClient } from '../payload'
import { inIdOrder } from './inIdOrder'
import { FILM_CARD_SELECT, populatedList, toFilmCard, type FilmCard } from './shapes'
import { isSqlAdapter, sql, sqlRows, visibleSql } from './sqlRows'
import { asViewer, type AsViewer } from './viewer'

export type RelatedFilm = FilmCard & { sharedThemes: string[]; sharedSymbols: string[] }

type Id = Film['id']
type Own = { id: Id; themes: Id[]; symbolSlugs: string[] }

/**
 * The films sharing the most themes and symbols (a symbol by its slug) with `own`, best first,
 * ties by title. On the SQL adapters every film sharing a theme is ranked by the database in one
 * grouped query, and only the few shown are read: reading 48 candidates with their themes took
 * most of a film page's 234–382 ms at 2,500 films.
 */
async function rankSql(payload: Payload, access: AsViewer, own: Own, limit: number): Promise<Id[]> {
  const visible = (collection: 'films' | 'symbols', alias: string) =>
    access.user ? sql`1 = 1` : visibleSql(collection, alias)
  const slugs = own.symbolSlugs.length
    ? sql.join(
        own.symbolSlugs.map((s) => sql`${s}`),
        sql`, `,
      )
    : sql`NULL`
  const rows = await sqlRows<{ id: Id }>(
    payload,
    sql`WITH candidates AS (
        SELECT r.parent_id AS id, count(*) AS themes FROM films_rels r JOIN films c ON c.id = r.parent_id
        WHERE r.path = 'themes' AND r.themes_id IN (${sql.join(
          own.themes.map((t) => sql`${t}`),
          sql`, `,
        )})
          AND r.parent_id <> ${own.id} AND ${visible('films', 'c')}
        GROUP BY r.parent_id),
      shared AS (
        SELECT s.film_id AS id, count(*) AS symbols FROM symbols s
        WHERE s.slug IN (${slugs}) AND s.film_id IN (SELECT id FROM candidates) AND ${visible('symbols', 's')}
        GROUP BY s.film_id)
      SELECT c.id AS id FROM candidates c JOIN films f ON f.id = c.id LEFT JOIN shared s ON s.id = c.id
      ORDER BY c.themes + coalesce(s.symbols, 0) DESC, f.title, f.id LIMIT ${limit}`,
  )
  return rows.map((r) => r.id)
}

/**
 * MongoDB's ranking, through the Local API: the newest films sharing a theme are the candidates,
 * as an aggregation of the whole catalogue would be another engine's query to keep.
 */
const MONGO_CANDIDATES = 48

async function rankLocalApi(payload: Payload, access: AsViewer, own: Own, limit: number): Promise<Id[]> {
  const candidates = await payload.find({
    collection: 'films',
    ...access,
    where: { and: [{ themes: { in: own.themes } }, { id: { not_equals: own.id } }] },
    limit: MONGO_CANDIDATES,
    pagination: false,
    sort: '-releaseDate',
    depth: 0,
    select: { title: true, themes: true },
  })
  const shared = await sharedSymbols(
    payload,
    access,
    own,
    candidates.docs.map((f) => f.id),
  )
  const ownThemes = new Set(own.themes.map(String))
  const score = (f: (typeof candidates.docs)[number]) =>
    (f.themes ?? []).filter((t) => ownThemes.has(String(typeof t === 'object' ? t.id : t))).length +
    (shared.get(String(f.id))?.length ?? 0)
  return candidates.docs
    .sort((a, b) => score(b) - score(a) || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map((f) => f.id)
}

/** The names of `own`'s symbols that each of `films` also has, by film id. */
async function sharedSymbols(
  payload: Payload,
  access: AsViewer,
  own: Own,
  films: Id[],
): Promise<Map<string, string[]>> {
  const byFilm = new Map<string, string[]>()
  if (!own.symbolSlugs.length || !films.length) return byFilm
  const { docs } = await payload.find({
    collection: 'symbols',
    ...access,
    where: { and: [{ slug: { in: own.symbolSlugs } }, { film: { in: films } }] },
    pagination: false,
    depth: 0,
    select: { film: true, name: true },
  })
  for (const symbol of docs) {
    const film = String(typeof symbol.film === 'object' ? symbol.film.id : symbol.film)
    byFilm.set(film, [...(byFilm.get(film) ?? []), symbol.name])
  }
  return byFilm
}

/** The films sharing the most themes and symbols with this one, with what they share. */
export function getRelatedFilms(film: Pick<Film, 'id' | 'slug'>, limit = 4): Promise<RelatedFilm[]> {
  return asViewer(
    ['film:related', String(film.id), String(limit)],
    [collectionTag('films'), collectionTag('symbols'), collectionTag('themes'), collectionTag('media')],
    async (access) => {
      const payload = await payloadClient()
      const [self, ownSymbols] = await Promise.all([
        payload.findByID({ collection: 'films', id: film.id, ...access, depth: 0, select: { themes: true } }),
        payload.find({
          collection: 'symbols',
          ...access,
          where: { film: { equals: film.id } },
          pagination: false,
          depth: 0,
          select: { slug: true },
        }),
      ])
      const own: Own = {
        id: film.id,
        themes: (self.themes ?? []).map((t) => (typeof t === 'object' ? t.id : t)),
        symbolSlugs: ownSymbols.docs.map((s) => s.slug),
      }
      if (!own.themes.length) return []
      const ids = await (isSqlAdapter(payload) ? rankSql : rankLocalApi)(payload, access, own, limit)
      if (!ids.length) return []
      const [films, shared] = await Promise.all([
        payload.find({
          collection: 'films',
          ...access,
          where: { id: { in: ids } },
          pagination: false,
          depth: 1,
          select: { ...FILM_CARD_SELECT, themes: true },
          populate: { themes: { name: true } },
        }),
        sharedSymbols(payload, access, own, ids),
      ])
      const ownThemes = new Set(own.themes.map(String))
      return inIdOrder(ids, films.docs).map(({ themes, ...card }) => ({
        ...toFilmCard(card),
        sharedThemes: populatedList<Theme>(themes)
          .filter((t) => ownThemes.has(String(t.id)))
          .map((t) => t.name),
        sharedSymbols: shared.get(String(card.id)) ?? [],
      }))
    },
  )
}
