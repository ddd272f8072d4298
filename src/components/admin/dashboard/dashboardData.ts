import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

// What the dashboard shows, read as the signed-in user: every query passes their access rules, so
// a writer is counted and shown only what a writer may read.

const ANALYSES = ['films', 'symbols', 'essays'] as const
type Analysis = (typeof ANALYSES)[number]

/** The collections counted on the dashboard, in the nav's order. */
const COUNTED: CollectionSlug[] = [...ANALYSES, 'themes', 'genres', 'people', 'media']

export type CollectionCount = { collection: CollectionSlug; label: string; total: number }
export type WorkItem = { collection: Analysis; kind: string; id: number | string; title: string; updatedAt: string }

export type Dashboard = {
  counts: CollectionCount[]
  inReview: WorkItem[]
  myDrafts: WorkItem[]
  recentlyPublished: WorkItem[]
}

const LIST_LIMIT = 6

type Row = { id: number | string; title?: string | null; name?: string | null; updatedAt: string }

/** The latest of films, symbols and essays matching `where`, newest first, as the user may read them. */
async function latestWork(payload: Payload, user: TypedUser, where: Where, draft: boolean): Promise<WorkItem[]> {
  const perCollection = await Promise.all(
    ANALYSES.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where,
        draft,
        sort: '-updatedAt',
        limit: LIST_LIMIT,
        depth: 0,
        select: { title: true, name: true, updatedAt: true },
        overrideAccess: false,
        user,
      })
      const kind = payload.collections[collection].config.labels.singular
      return (docs as unknown as Row[]).map((doc) => ({
        collection,
        kind: typeof kind === 'string' ? kind : collection,
        id: doc.id,
        title: doc.title || doc.name || `#${doc.id}`,
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return perCollection
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, LIST_LIMIT)
}

async function countOf(payload: Payload, user: TypedUser, collection: CollectionSlug): Promise<CollectionCount> {
  const { totalDocs } = await payload.count({ collection, overrideAccess: false, user })
  const label = payload.collections[collection].config.labels.plural
  return { collection, label: typeof label === 'string' ? label : collection, total: totalDocs }
}

export async function loadDashboard(payload: Payload, user: TypedUser): Promise<Dashboard> {
  const [counts, inReview, myDrafts, recentlyPublished] = await Promise.all([
    Promise.all(COUNTED.map((collection) => countOf(payload, user, collection))),
    // The latest drafts: a published work's new draft in review is in the versions, not the document.
    latestWork(payload, user, { review: { equals: 'in-review' } }, true),
    latestWork(payload, user, { and: [{ author: { equals: user.id } }, { _status: { equals: 'draft' } }] }, true),
    latestWork(payload, user, { _status: { equals: 'published' } }, false),
  ])
  return { counts, inReview, myDrafts, recentlyPublished }
}
