import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'

import { publishedFilms } from './filmLookups'

// The search index is public, so a symbol or essay may be in it only while the reader could open
// it: published, and its film published (an essay: one of its films). The plugin only knows the
// document's own status, so this keeps the rest: `skipSync` refuses (and removes) the entry of a
// symbol or essay whose film is not public, and publishing, unpublishing or deleting a film
// adds or removes the entries of its symbols and essays.

export const WORK = ['symbols', 'essays'] as const
type Work = (typeof WORK)[number]
type Doc = {
  id: number | string
  _status?: string | null
  film?: unknown
  films?: unknown
  slug?: string | null
  title?: string | null
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string)

const filmsOf = (collection: Work, doc: Doc) =>
  (collection === 'symbols' ? [doc.film] : Array.isArray(doc.films) ? doc.films : []).filter(Boolean).map(idOf)

/** Whether one of the work's films is published; `without` is a film being deleted. */
const filmIsPublic = async (collection: Work, doc: Doc, req: PayloadRequest, without?: number | string) =>
  (
    await publishedFilms(
      filmsOf(collection, doc).filter((id) => String(id) !== String(without)),
      req,
    )
  ).length > 0

const removeFromIndex = (collection: Work, ids: (number | string)[], req: PayloadRequest) =>
  ids.length
    ? req.payload.delete({
        collection: 'search',
        where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { in: ids } }] },
        req,
      })
    : undefined

/** The plugin's `skipSync`: true (after removing any entry it had) for work whose film is not public. */
export const skipWorkOfHiddenFilms = async ({
  collectionSlug,
  doc,
  req,
}: {
  collectionSlug: string
  doc: Doc
  req: PayloadRequest
}): Promise<boolean> => {
  if (!(WORK as readonly string[]).includes(collectionSlug)) return false
  const collection = collectionSlug as Work
  if (await filmIsPublic(collection, doc, req)) return false
  await removeFromIndex(collection, [doc.id], req)
  return true
}

type Describe = (
  collection: Work,
  doc: Record<string, unknown>,
  req: PayloadRequest,
) => Promise<Record<string, unknown>>

/**
 * Brings the index entries of a film's symbols and essays in line with whether the film is public;
 * `renamed`: the film's slug or title changed, so the entries it keeps are described again (a
 * symbol's URL holds its film's slug).
 */
async function syncWorkOf(
  filmId: number | string,
  req: PayloadRequest,
  describe: Describe,
  { deleting = false, renamed = false } = {},
): Promise<void> {
  const filmPublic = !deleting && (await publishedFilms([filmId], req)).length > 0
  for (const collection of WORK) {
    const where: Where = collection === 'symbols' ? { film: { equals: filmId } } : { films: { in: [filmId] } }
    const { docs } = await req.payload.find({ collection, where, depth: 0, pagination: false, req })
    const published = (docs as unknown as Doc[]).filter((d) => d._status === 'published')
    const { docs: entries } = await req.payload.find({
      collection: 'search',
      where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { in: docs.map((d) => d.id) } }] },
      depth: 0,
      pagination: false,
      req,
    })
    const indexed = new Map(entries.map((e) => [String(idOf((e.doc as { value: unknown }).value)), e.id]))
    const visible = await Promise.all(
      published.map(async (d) =>
        filmPublic || (await filmIsPublic(collection, d, req, deleting ? filmId : undefined)) ? d : null,
      ),
    )
    const shown = visible.filter((d): d is Doc => d !== null)
    await removeFromIndex(
      collection,
      docs.filter((d) => indexed.has(String(d.id)) && !shown.includes(d as unknown as Doc)).map((d) => d.id),
      req,
    )
    for (const doc of shown) {
      const entry = indexed.get(String(doc.id))
      if (entry !== undefined && !renamed) continue
      const data = (await describe(collection, doc, req)) as never
      if (entry === undefined) await req.payload.create({ collection: 'search', data, depth: 0, req })
      else await req.payload.update({ collection: 'search', id: entry, data, depth: 0, req })
    }
  }
}

/** Film hooks: after a film changes or goes, its symbols and essays follow it in the index. */
export const filmWorkIndexHooks = (describe: Describe) => {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, operation, previousDoc, req }) => {
    // Only a film that is or was published can change what of its work is public; a film created
    // just now has no symbols or essays yet (they refer to it by its id).
    if (operation === 'create') return doc
    const renamed = previousDoc?.slug !== doc.slug || previousDoc?.title !== doc.title
    if (doc._status === 'published' || previousDoc?._status === 'published')
      await syncWorkOf(doc.id, req, describe, { renamed })
    return doc
  }
  // Before, while its symbols and essays still point to it; a failed delete rolls this back with it.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    await syncWorkOf(id, req, describe, { deleting: true })
  }
  return { afterChange, beforeDelete }
}
