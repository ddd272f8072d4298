import type { Payload } from 'payload'

import type { Essay, Theme } from '@/payload-types'

import { isSqlAdapter, sql, sqlRows, visibleSql } from './sqlRows'
import { countedVisibleSql } from './visibleColumn'
import type { AsViewer } from './viewer'

// What a theme page reads in SQL on the SQL adapters. Its counts, across all its films (films,
// their symbols and their philosophical questions): through the Local API each was a count over a
// relationship of a relationship (the symbol's film's themes), dearer than the page's own list
// (149 ms at 2,500 films); here they are one query over the theme's rows of `films_rels`. And the
// newest essays carrying the theme: the Local API's query walked every essay newest first looking
// for them (70 ms at 3,600 essays, when none carries the theme); here the theme's index finds them.

export type ThemeCounts = { films: number; symbols: number; questions: number }

const QUESTION: Essay['kind'] = 'philosophical-question'

const visible = (access: AsViewer, collection: 'films' | 'symbols' | 'essays', alias: string) =>
  access.user ? sql`1 = 1` : visibleSql(collection, alias)

/** The ids of the `limit` newest essays carrying the theme that the viewer may read, newest first. */
export async function newestThemeEssayIds(
  payload: Payload,
  access: AsViewer,
  themeId: Theme['id'],
  limit: number,
): Promise<Essay['id'][]> {
  const rows = await sqlRows<{ id: Essay['id'] }>(
    payload,
    // CROSS JOIN fixes SQLite's join order: from the theme's rows, never every essay newest first
    // (its statistics can rate the theme's index poorly, all of it NULL when no essay carries a theme).
    sql`SELECT DISTINCT d.id AS id, d.published_at, d.created_at FROM essays_rels r CROSS JOIN essays d
      WHERE d.id = r.parent_id AND r.path = 'themes' AND r.themes_id = ${themeId} AND ${visible(access, 'essays', 'd')}
      ORDER BY d.published_at DESC, d.created_at DESC LIMIT ${limit}`,
  )
  return rows.map((r) => r.id)
}

export async function countThemeContent(
  payload: Payload,
  access: AsViewer,
  themeId: Theme['id'],
): Promise<ThemeCounts> {
  if (!isSqlAdapter(payload)) {
    const [films, symbols, questions] = await Promise.all([
      payload.count({ collection: 'films', ...access, where: { themes: { in: [themeId] } } }),
      payload.count({ collection: 'symbols', ...access, where: { 'film.themes': { in: [themeId] } } }),
      payload.count({
        collection: 'essays',
        ...access,
        where: { and: [{ kind: { equals: QUESTION } }, { 'films.themes': { in: [themeId] } }] },
      }),
    ])
    return { films: films.totalDocs, symbols: symbols.totalDocs, questions: questions.totalDocs }
  }
  const themeFilms = sql`SELECT r.parent_id FROM films_rels r JOIN films tf ON tf.id = r.parent_id
    WHERE r.path = 'themes' AND r.themes_id = ${themeId} AND ${visible(access, 'films', 'tf')}`
  // A visitor's films are the theme's kept count, and a question is tested by its kept column, not
  // by a lookup of its films (PostgreSQL, a theme of 744 films: 5.3 → 0.02 ms and 17 → 11 ms). A
  // symbol keeps the rule: its film's index already holds its status (6 ms, where its column took 10).
  const films = access.user
    ? sql`(SELECT count(DISTINCT parent_id) FROM (${themeFilms}) t)`
    : sql`(SELECT th.published_films FROM themes th WHERE th.id = ${themeId})`
  const questions = access.user ? sql`1 = 1` : countedVisibleSql('essays', 'd')
  const [row] = await sqlRows<Record<keyof ThemeCounts, unknown>>(
    payload,
    sql`SELECT
      ${films} AS films,
      (SELECT count(*) FROM symbols d WHERE d.film_id IN (${themeFilms}) AND ${visible(access, 'symbols', 'd')}) AS symbols,
      (SELECT count(DISTINCT d.id) FROM essays_rels er JOIN essays d ON d.id = er.parent_id
        WHERE er.path = 'films' AND er.films_id IN (${themeFilms}) AND d.kind = ${QUESTION}
          AND ${questions}) AS questions`,
  )
  return { films: Number(row?.films ?? 0), symbols: Number(row?.symbols ?? 0), questions: Number(row?.questions ?? 0) }
}
