import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TypeWithID } from 'payload'

import { afterCommit } from '../../src/database/afterCommit'
import { revalidateTags, signingSecret, tagsForChange } from '../../src/lib/revalidate'

// Shared by every collection the public site shows.

/** What these hooks read of any document they are given. */
type Shown = TypeWithID & { slug?: string | null; _status?: string | null }

/**
 * A writer that sets this in its request's context (a Set of tags) expires the tags itself once
 * its transaction has committed (src/import/write.ts). Expired inside the transaction, the site
 * could render and cache the old content again before the commit; and a command-line tool would
 * hold SQLite's write lock while the site, itself waiting for that lock, cannot answer.
 */
export const REVALIDATE_AFTER_COMMIT = 'revalidateAfterCommit'

/** Otherwise the tags expire (and the caching front is purged) once the change's transaction commits. */
const revalidate = async (tags: string[], req: PayloadRequest): Promise<void> => {
  const pending = req.context[REVALIDATE_AFTER_COMMIT]
  if (pending instanceof Set) for (const tag of tags) pending.add(tag)
  else if (tags.length > 0) await afterCommit(req, () => revalidateTags(tags, signingSecret(req.payload)))
}

/** Whether any version of the document was ever published, i.e. the site may be showing it. */
const everPublished = async ({
  collection,
  doc,
  req,
}: Parameters<CollectionAfterChangeHook<Shown>>[0]): Promise<boolean> => {
  if (!collection.versions?.drafts || doc._status !== 'draft') return false
  const { totalDocs } = await req.payload.countVersions({
    collection: collection.slug,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  return totalDocs > 0
}

export const revalidateOnChange: CollectionAfterChangeHook<Shown> = async (args) => {
  const { collection, doc, previousDoc, req, context } = args
  if (context.skipRevalidate) return doc
  await revalidate(tagsForChange(collection.slug, doc, previousDoc, await everPublished(args)), req)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook<Shown> = async ({ collection, doc, req, context }) => {
  if (!context.skipRevalidate) await revalidate(tagsForChange(collection.slug, { ...doc, _status: 'published' }), req)
  return doc
}

export const revalidateHooks = { afterChange: [revalidateOnChange], afterDelete: [revalidateOnDelete] }
