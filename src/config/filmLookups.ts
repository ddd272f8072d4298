import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

// Each symbol and essay written asks about its film: whether it is published (the search index's
// skipSync), its slug (its search entry's URL), its title (its SEO title). An import writes a film
// and then ten symbols and essays of it in one transaction, and each asked again: a sixth of a
// file's CPU time. The answers are kept for the rest of the request's transaction, each exactly
// the query it replaces, and a film's are forgotten as soon as it is written or deleted in that
// request (`forgetFilm`), so no lookup after a change sees the film as it was.

type Id = number | string

/** A film as its collection's table holds it (not its latest draft). */
type Stored = { slug: string; _status: 'draft' | 'published' | null }

type Known = {
  /** The transaction these answers were read in: they hold only as long as it does. */
  transaction: number | string
  stored: Map<string, Promise<Stored | null>>
  draftTitles: Map<string, Promise<string>>
}

// Keyed by the request object itself: Payload gives nested operations a copy of `req.context`.
const perRequest = new WeakMap<PayloadRequest, Known>()

/**
 * What the request knows in its current transaction. Outside a transaction nothing is kept: another
 * writer's commit may come between two lookups; and a new transaction (after a commit or a
 * rollback, as a job runner's request goes on to its next job) starts knowing nothing.
 */
const knownIn = (req: PayloadRequest): Known => {
  const transaction = req.transactionID
  const fresh = (id: number | string): Known => ({ transaction: id, stored: new Map(), draftTitles: new Map() })
  if (typeof transaction !== 'number' && typeof transaction !== 'string') return fresh('')
  let known = perRequest.get(req)
  if (known?.transaction !== transaction) {
    known = fresh(transaction)
    perRequest.set(req, known)
  }
  return known
}

/** The films of `ids` as stored, found in one query for those not yet known; null for none. */
async function storedFilms(ids: Id[], req: PayloadRequest): Promise<(Stored | null)[]> {
  const { stored } = knownIn(req)
  const unknown = [...new Map(ids.map((id) => [String(id), id])).entries()].filter(([key]) => !stored.has(key))
  if (unknown.length) {
    const found = req.payload
      .find({
        collection: 'films',
        where: { id: { in: unknown.map(([, id]) => id) } },
        depth: 0,
        pagination: false,
        select: { slug: true, _status: true },
        req,
      })
      .then(({ docs }) => new Map(docs.map((doc) => [String(doc.id), doc])))
    for (const [key] of unknown)
      stored.set(
        key,
        found.then((docs) => {
          const doc = docs.get(key)
          return doc ? { slug: doc.slug, _status: doc._status ?? null } : null
        }),
      )
    // A failed query is not remembered: the next lookup asks again.
    found.catch(() => unknown.forEach(([key]) => stored.delete(key)))
  }
  return Promise.all(ids.map((id) => stored.get(String(id))!))
}

/** The ids among `ids` of the films that are published. */
export async function publishedFilms(ids: Id[], req: PayloadRequest): Promise<Id[]> {
  const films = await storedFilms(ids, req)
  return ids.filter((_, i) => films[i]?._status === 'published')
}

/** A film's slug as stored; throws for a film that does not exist. */
export async function filmSlug(id: Id, req: PayloadRequest): Promise<string> {
  const [film] = await storedFilms([id], req)
  if (!film) throw new Error(`There is no film with the id ${id}.`)
  return film.slug
}

/** The title of a film's latest version (its draft, if it has one); '' for a film that does not exist. */
export function filmDraftTitle(id: Id, req: PayloadRequest): Promise<string> {
  const { draftTitles } = knownIn(req)
  const key = String(id)
  let title = draftTitles.get(key)
  if (!title) {
    title = req.payload
      .findByID({ collection: 'films', id, depth: 0, draft: true, disableErrors: true, select: { title: true }, req })
      .then((film) => film?.title ?? '')
    draftTitles.set(key, title)
    title.catch(() => draftTitles.delete(key))
  }
  return title
}

const forget = (id: Id, req: PayloadRequest): void => {
  const known = perRequest.get(req)
  known?.stored.delete(String(id))
  known?.draftTitles.delete(String(id))
}

/** Film hooks, to run before any other: what was known of a written or deleted film is forgotten. */
export const forgetFilm: {
  afterChange: CollectionAfterChangeHook<{ id: Id }>
  afterDelete: CollectionAfterDeleteHook
} = {
  afterChange: ({ doc, req }) => {
    forget(doc.id, req)
    return doc
  },
  afterDelete: ({ id, req }) => forget(id, req),
}
