import { payloadClient } from '../payload'
import { paths } from '../urls'
import { collectionTag } from '../tags'
import { asViewer } from './viewer'

export type PublishedPath = { path: string; lastModified: string }

/** The sitemap protocol's limit of URLs in one sitemap file; past it, a sitemap index lists several. */
export const SITEMAP_MAX_URLS = 50_000

const SITEMAP_COLLECTIONS = ['films', 'symbols', 'essays', 'themes', 'genres', 'people'] as const
type SitemapCollection = (typeof SITEMAP_COLLECTIONS)[number]
const SITEMAP_TAGS = SITEMAP_COLLECTIONS.map(collectionTag)

/** One sitemap file: one page of SITEMAP_MAX_URLS documents of one collection. */
export type SitemapSegment = { id: string; collection: SitemapCollection; page: number; urls: number }

/**
 * The sitemap files the published content needs, from counts alone: each collection in pages of
 * SITEMAP_MAX_URLS, so a file never holds more than the protocol allows and one request never
 * loads the whole catalogue (150,000 rows at ten thousand films).
 */
export function listSitemapSegments(): Promise<SitemapSegment[]> {
  return asViewer(['sitemap:segments'], SITEMAP_TAGS, async (access) => {
    const payload = await payloadClient()
    const counts = await Promise.all(
      SITEMAP_COLLECTIONS.map(async (collection) => (await payload.count({ collection, ...access })).totalDocs),
    )
    return SITEMAP_COLLECTIONS.flatMap((collection, i) => {
      const total = counts[i] ?? 0
      return Array.from({ length: Math.ceil(total / SITEMAP_MAX_URLS) }, (_, p) => ({
        id: `${collection}-${p + 1}`,
        collection,
        page: p + 1,
        urls: Math.min(SITEMAP_MAX_URLS, total - p * SITEMAP_MAX_URLS),
      }))
    })
  })
}

const PATH_OF: Record<Exclude<SitemapCollection, 'symbols'>, (slug: string) => string> = {
  films: paths.film,
  essays: paths.essay,
  themes: paths.theme,
  genres: paths.genre,
  people: paths.person,
}

/** The public pages of one sitemap segment's published documents. */
export function listPublishedPaths({
  collection,
  page,
}: Pick<SitemapSegment, 'collection' | 'page'>): Promise<PublishedPath[]> {
  return asViewer(['sitemap', collection, String(page)], SITEMAP_TAGS, async (access) => {
    const payload = await payloadClient()
    const segment = { ...access, limit: SITEMAP_MAX_URLS, page, sort: 'id', pagination: true } as const
    if (collection === 'symbols') {
      const { docs } = await payload.find({
        collection,
        ...segment,
        depth: 0,
        select: { slug: true, updatedAt: true, film: true },
      })
      // Their films' slugs in one query rather than populating 50,000 documents one by one. A
      // symbol's page lives under its film: a film the visitor cannot read (a draft) is not
      // found here, and its symbols have no public page.
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
  })
}

export type FeedItem = { title: string; path: string; date: string; description: string | null }

/** The latest published films and essays, newest first, for the feed (no totals: none is shown). */
export function listFeedItems(limit = 30): Promise<FeedItem[]> {
  return asViewer(['feed', String(limit)], [collectionTag('films'), collectionTag('essays')], async (access) => {
    const payload = await payloadClient()
    const [films, essays] = await Promise.all([
      payload.find({
        collection: 'films',
        ...access,
        sort: '-createdAt',
        limit,
        pagination: false,
        depth: 0,
        select: { title: true, slug: true, logline: true, createdAt: true },
      }),
      payload.find({
        collection: 'essays',
        ...access,
        sort: '-publishedAt',
        limit,
        pagination: false,
        depth: 0,
        select: { title: true, slug: true, publishedAt: true, createdAt: true },
      }),
    ])
    return [
      ...films.docs.map((f) => ({
        title: f.title,
        path: paths.film(f.slug),
        date: f.createdAt,
        description: f.logline ?? null,
      })),
      ...essays.docs.map((e) => ({
        title: e.title,
        path: paths.essay(e.slug),
        date: e.publishedAt ?? e.createdAt,
        description: null,
      })),
    ]
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, limit)
  })
}
