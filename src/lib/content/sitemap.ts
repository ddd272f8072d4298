import type { Payload } from 'payload'

import { payloadClient } from '../payload'
import { paths } from '../urls'
import { collectionTag } from '../tags'
import {
  publishedCounts,
  publishedPaths,
  SITEMAP_COLLECTIONS,
  type PublishedPath,
  type SitemapCollection,
} from './sitemapRows'
import { essayPageIds } from './essayIndexRows'
import { inIdOrder } from './inIdOrder'
import { isSqlAdapter } from './sqlRows'
import { asViewer, type AsViewer } from './viewer'

export type { PublishedPath } from './sitemapRows'

/**
 * URLs in one sitemap file; past it, a sitemap index lists several. The protocol allows 50,000;
 * a tenth of it keeps every file one bounded read (SQLite: about 35 ms of CPU, mostly the driver
 * building rows, for 5,000 symbols), where 50,000 would take ten times that in one request.
 */
export const SITEMAP_MAX_URLS = 5_000

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
    const counts = await publishedCounts(payload, access)
    return SITEMAP_COLLECTIONS.flatMap((collection) => {
      const total = counts[collection]
      return Array.from({ length: Math.ceil(total / SITEMAP_MAX_URLS) }, (_, p) => ({
        id: `${collection}-${p + 1}`,
        collection,
        page: p + 1,
        urls: Math.min(SITEMAP_MAX_URLS, total - p * SITEMAP_MAX_URLS),
      }))
    })
  })
}

/** The public pages of one sitemap segment's published documents. */
export function listPublishedPaths({
  collection,
  page,
}: Pick<SitemapSegment, 'collection' | 'page'>): Promise<PublishedPath[]> {
  return asViewer(['sitemap', collection, String(page)], SITEMAP_TAGS, async (access) => {
    const payload = await payloadClient()
    return publishedPaths(payload, access, collection, { limit: SITEMAP_MAX_URLS, page })
  })
}

export type FeedItem = { title: string; path: string; date: string; description: string | null }

/** The latest published films and essays, newest first, for the feed (no totals: none is shown). */
const FEED_ESSAY = { title: true, slug: true, publishedAt: true, createdAt: true } as const

/**
 * The newest essays the viewer may read. For a visitor on the SQL adapters their ids come from the
 * essay index's page read (./essayIndexRows.ts), which walks the publication-date index: the Local
 * API's query (a DISTINCT over the essays joined to their films) left PostgreSQL to choose between
 * that index and sorting every published essay, and at 38,400 essays it sorted them (30 ms) or not
 * (10 ms) by how packed the table was.
 */
async function newestEssays(payload: Payload, access: AsViewer, limit: number) {
  const options = { collection: 'essays', ...access, pagination: false, depth: 0, select: FEED_ESSAY } as const
  if (access.user || !isSqlAdapter(payload))
    return (await payload.find({ ...options, sort: '-publishedAt', limit })).docs
  const ids = await essayPageIds(payload, { film: null, kind: null, limit, offset: 0 })
  if (!ids.length) return []
  return inIdOrder(ids, (await payload.find({ ...options, where: { id: { in: ids } } })).docs)
}

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
      newestEssays(payload, access, limit),
    ])
    return [
      ...films.docs.map((f) => ({
        title: f.title,
        path: paths.film(f.slug),
        date: f.createdAt,
        description: f.logline ?? null,
      })),
      ...essays.map((e) => ({
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
