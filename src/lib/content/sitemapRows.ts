import type { Payload } from 'payload'

import { paths } from '../urls'
import { isSqlAdapter, sql, sqlRows, visibleSql, type SQL } from './sqlRows'
import { countedVisibleSql } from './visibleColumn'
import type { AsViewer } from './viewer'

// The sitemap's reads: how many public pages each collection has, and one file's paths. On the
// SQL adapters each is one lean query of slugs and dates. Through the Local API, a file of 15,000
// symbols took 4.7–7 s (Payload's work per document), and the six counts as the visitor over a
// second on PostgreSQL (its read rule joins each symbol's and essay's film row by row). MongoDB,
// no target of these figures, keeps the Local API's reads.

export const SITEMAP_COLLECTIONS = ['films', 'symbols', 'essays', 'themes', 'genres', 'people'] as const
export type SitemapCollection = (typeof SITEMAP_COLLECTIONS)[number]

export type PublishedPath = { path: string; lastModified: string }

const PATH_OF: Record<Exclude<SitemapCollection, 'symbols'>, (slug: string) => string> = {
  films: paths.film,
  essays: paths.essay,
  themes: paths.theme,
  genres: paths.genre,
  people: paths.person,
}

/**
 * Who may read what: a visitor the published (collections/access.ts), a previewer everything.
 * `rule` is sqlRows' visibleSql for a page of rows, visibleColumn's countedVisibleSql for a count of them all.
 */
const visible = (
  collection: SitemapCollection,
  alias: string,
  access: AsViewer,
  rule: (collection: 'films' | 'symbols' | 'essays', alias: string) => SQL = visibleSql,
): SQL =>
  !access.user && (collection === 'films' || collection === 'symbols' || collection === 'essays')
    ? rule(collection, alias)
    : sql`1 = 1`

/** How many documents of each collection the viewer may read. */
export async function publishedCounts(payload: Payload, access: AsViewer): Promise<Record<SitemapCollection, number>> {
  if (!isSqlAdapter(payload)) {
    const counts = await Promise.all(
      SITEMAP_COLLECTIONS.map(async (collection) => (await payload.count({ collection, ...access })).totalDocs),
    )
    return Object.fromEntries(SITEMAP_COLLECTIONS.map((c, i) => [c, counts[i]!])) as Record<SitemapCollection, number>
  }
  const columns = SITEMAP_COLLECTIONS.map(
    (c) =>
      sql`(SELECT count(*) FROM ${sql.identifier(c)} d WHERE ${visible(c, 'd', access, countedVisibleSql)}) AS ${sql.identifier(c)}`,
  )
  const [row] = await sqlRows<Record<SitemapCollection, unknown>>(payload, sql`SELECT ${sql.join(columns, sql`, `)}`)
  return Object.fromEntries(SITEMAP_COLLECTIONS.map((c) => [c, Number(row?.[c] ?? 0)])) as Record<
    SitemapCollection,
    number
  >
}

type Row = { slug: string; updated: string | Date; film: string | null }

/** One page of `limit` paths of the documents of `collection` the viewer may read, in id order. */
export async function publishedPaths(
  payload: Payload,
  access: AsViewer,
  collection: SitemapCollection,
  { limit, page }: { limit: number; page: number },
): Promise<PublishedPath[]> {
  if (!isSqlAdapter(payload)) return localApiPaths(payload, access, collection, { limit, page })
  // A symbol's page lives under its film's.
  const film = collection === 'symbols' ? sql`(SELECT f.slug FROM films f WHERE f.id = d.film_id)` : sql`NULL`
  const rows = await sqlRows<Row>(
    payload,
    sql`SELECT d.slug AS slug, d.updated_at AS updated, ${film} AS film
      FROM ${sql.identifier(collection)} d WHERE ${visible(collection, 'd', access)}
      ORDER BY d.id LIMIT ${limit} OFFSET ${(page - 1) * limit}`,
  )
  return rows.flatMap(({ slug, updated, film }) => {
    const path = collection === 'symbols' ? film && paths.symbol(film, slug) : PATH_OF[collection](slug)
    return path ? [{ path, lastModified: new Date(updated).toISOString() }] : []
  })
}

async function localApiPaths(
  payload: Payload,
  access: AsViewer,
  collection: SitemapCollection,
  { limit, page }: { limit: number; page: number },
): Promise<PublishedPath[]> {
  const segment = { ...access, limit, page, sort: 'id', pagination: true } as const
  if (collection === 'symbols') {
    const { docs } = await payload.find({
      collection,
      ...segment,
      depth: 0,
      select: { slug: true, updatedAt: true, film: true },
    })
    // Their films' slugs in one query rather than populating every symbol. A film the visitor
    // cannot read (a draft) is not found here, and its symbols have no public page.
    const filmIds = [...new Set(docs.map((d) => (typeof d.film === 'object' ? d.film.id : d.film)))]
    const films = await payload.find({
      collection: 'films',
      ...access,
      where: { id: { in: filmIds } },
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    const slugOf = new Map(films.docs.map((f) => [String(f.id), f.slug]))
    return docs.flatMap((d) => {
      const film = slugOf.get(String(typeof d.film === 'object' ? d.film.id : d.film))
      return film ? [{ path: paths.symbol(film, d.slug), lastModified: d.updatedAt }] : []
    })
  }
  const { docs } = await payload.find({ collection, ...segment, depth: 0, select: { slug: true, updatedAt: true } })
  return docs.map((d) => ({ path: PATH_OF[collection](d.slug), lastModified: d.updatedAt }))
}
