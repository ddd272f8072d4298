import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, TypeWithID } from 'payload'

import { revalidateTags, signingSecret, tagsForChange } from '../../src/lib/revalidate'

// Shared by every collection the public site shows.

/** What these hooks read of any document they are given. */
type Shown = TypeWithID & { slug?: string | null; _status?: string | null }

/** Whether any version of the document was ever published, i.e. the site may be showing it. */
const everPublished = async ({ collection, doc, req }: Parameters<CollectionAfterChangeHook<Shown>>[0]): Promise<boolean> => {
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
  await revalidateTags(tagsForChange(collection.slug, doc, previousDoc, await everPublished(args)), signingSecret(req.payload))
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook<Shown> = async ({ collection, doc, req, context }) => {
  if (!context.skipRevalidate) await revalidateTags(tagsForChange(collection.slug, { ...doc, _status: 'published' }), signingSecret(req.payload))
  return doc
}

export const revalidateHooks = { afterChange: [revalidateOnChange], afterDelete: [revalidateOnDelete] }
