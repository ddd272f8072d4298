import { payloadClient } from '../payload'
import { paths } from '../urls'
import { collectionTag } from '../tags'
import { populated } from './shapes'
import { asViewer } from './viewer'

export type PublishedPath = { path: string; lastModified: string }

/** Every public page of published content, for the sitemap. */
export function listPublishedPaths(): Promise<PublishedPath[]> {
  const tags = (['films', 'symbols', 'essays', 'themes', 'genres', 'people'] as const).map(collectionTag)
  return asViewer(['sitemap'], tags, async (access) => {
    const payload = await payloadClient()
    const all = { ...access, pagination: false, depth: 0 } as const
    const [films, symbols, essays, themes, genres, people] = await Promise.all([
      payload.find({ collection: 'films', ...all, select: { slug: true, updatedAt: true } }),
      payload.find({
        collection: 'symbols',
        ...all,
        depth: 1,
        select: { slug: true, updatedAt: true, film: true },
        populate: { films: { slug: true } },
      }),
      payload.find({ collection: 'essays', ...all, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'themes', ...all, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'genres', ...all, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'people', ...all, select: { slug: true, updatedAt: true } }),
    ])
    const publishedFilms = new Set(films.docs.map((f) => f.slug))
    return [
      ...films.docs.map((d) => ({ path: paths.film(d.slug), lastModified: d.updatedAt })),
      ...symbols.docs.flatMap((d) => {
        const film = populated<{ slug: string }>(d.film)
        return film && publishedFilms.has(film.slug)
          ? [{ path: paths.symbol(film.slug, d.slug), lastModified: d.updatedAt }]
          : []
      }),
      ...essays.docs.map((d) => ({ path: paths.essay(d.slug), lastModified: d.updatedAt })),
      ...themes.docs.map((d) => ({ path: paths.theme(d.slug), lastModified: d.updatedAt })),
      ...genres.docs.map((d) => ({ path: paths.genre(d.slug), lastModified: d.updatedAt })),
      ...people.docs.map((d) => ({ path: paths.person(d.slug), lastModified: d.updatedAt })),
    ]
  })
}

export type FeedItem = { title: string; path: string; date: string; description: string | null }

/** The latest published films and essays, newest first, for the feed. */
export function listFeedItems(limit = 30): Promise<FeedItem[]> {
  return asViewer(['feed', String(limit)], [collectionTag('films'), collectionTag('essays')], async (access) => {
    const payload = await payloadClient()
    const [films, essays] = await Promise.all([
      payload.find({
        collection: 'films',
        ...access,
        sort: '-createdAt',
        limit,
        depth: 0,
        select: { title: true, slug: true, logline: true, createdAt: true },
      }),
      payload.find({
        collection: 'essays',
        ...access,
        sort: '-publishedAt',
        limit,
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
