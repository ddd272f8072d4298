import type { Payload } from 'payload'

import { sql, sqlRows, visibleSql, type SQL } from './sqlRows'
import type { AsViewer } from './viewer'

// How many films carry each theme, genre, country and decade, counted by the database in one
// grouped query each. Reading every film to count them in JavaScript took 0.9–1.9 s at 3,196
// films (home, /films); these read one index each. The Local API has no GROUP BY, so the visitor's
// read rule for films (collections/access.ts: published only) is applied here, in the query; a
// signed-in previewer, who may read every film, gets every film counted.

export type FilmFacet = 'themes' | 'genres' | 'country' | 'decade'

/** Each value of the facet (a theme's or genre's id, a country, a decade's first year) and its films. */
export type FacetCounts = Map<string, number>

type Row = { value: unknown; n: unknown }

const DECADE_SQL: Record<'sqlite' | 'postgres', SQL> = {
  sqlite: sql`CAST(substr(f.release_date, 1, 3) AS INTEGER) * 10`,
  postgres: sql`(CAST(extract(year FROM f.release_date AT TIME ZONE 'UTC') AS INTEGER) / 10) * 10`,
}

/**
 * A theme's or genre's films: for a visitor, the count kept on its row by the film writes
 * (src/lib/content/publishedFilmCounts.ts), one range of the themes' or genres' index. The grouped
 * count of every credit it replaces was most of /films' and the home page's time at ten thousand
 * films (26,000 theme and 21,000 genre credits): /films 33 → 15 ms of CPU on SQLite, its themes'
 * count 45 → 0.03 ms on PostgreSQL (bench/catalogue/FINDINGS.md). A previewer counts drafts too,
 * which no column keeps: theirs is grouped from every credit. A country's or decade's films are
 * read with their status, a pass over every film's row.
 */
function facetSql(kind: 'sqlite' | 'postgres', facet: FilmFacet, publishedOnly: boolean): SQL {
  if (facet === 'themes' || facet === 'genres') {
    if (publishedOnly)
      return sql`SELECT id AS value, published_films AS n FROM ${sql.identifier(facet)} WHERE published_films > 0`
    const column = sql.identifier(`${facet}_id`)
    return sql`SELECT r.${column} AS value, count(DISTINCT r.parent_id) AS n FROM films_rels r
      WHERE r.path = ${facet} AND r.${column} IS NOT NULL GROUP BY r.${column}`
  }
  const value = facet === 'country' ? sql`f.country` : DECADE_SQL[kind]
  const present = facet === 'country' ? sql`f.country` : sql`f.release_date`
  const visible = publishedOnly ? sql`AND ${visibleSql('films', 'f')}` : sql``
  return sql`SELECT ${value} AS value, count(*) AS n FROM films f
    WHERE ${present} IS NOT NULL ${visible} GROUP BY 1`
}

type Aggregate = { aggregate: (pipeline: object[]) => Promise<{ _id: unknown; n: number }[]> }

const MONGO_GROUP: Record<FilmFacet, { unwind?: string; key: unknown }> = {
  themes: { unwind: '$themes', key: '$themes' },
  genres: { unwind: '$genres', key: '$genres' },
  country: { key: '$country' },
  decade: { key: { $multiply: [{ $floor: { $divide: [{ $year: '$releaseDate' }, 10] } }, 10] } },
}

async function mongoRows(payload: Payload, facet: FilmFacet, publishedOnly: boolean): Promise<Row[]> {
  const films = (payload.db as unknown as { collections: Record<string, Aggregate> }).collections.films!
  const { unwind, key } = MONGO_GROUP[facet]
  const groups = await films.aggregate([
    ...(publishedOnly ? [{ $match: { _status: 'published' } }] : []),
    ...(unwind ? [{ $unwind: unwind }] : []),
    { $group: { _id: key, n: { $sum: 1 } } },
    { $match: { _id: { $ne: null } } },
  ])
  return groups.map((group) => ({ value: group._id, n: group.n }))
}

/** The films the viewer may read, counted by each value of `facet`. */
export async function countFilmsBy(payload: Payload, access: AsViewer, facet: FilmFacet): Promise<FacetCounts> {
  const publishedOnly = !access.user
  const rows =
    payload.db.name === 'mongoose'
      ? await mongoRows(payload, facet, publishedOnly)
      : await sqlRows<Row>(
          payload,
          facetSql(payload.db.name === 'sqlite' ? 'sqlite' : 'postgres', facet, publishedOnly),
        )
  return new Map(rows.map((row) => [String(row.value), Number(row.n)]))
}
