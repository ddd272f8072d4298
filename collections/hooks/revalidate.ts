import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags, tagsForChange } from '../../src/lib/revalidate'

// Shared by every collection the public site shows.

export const revalidateOnChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, context }) => {
  if (!context.skipRevalidate) await revalidateTags(tagsForChange(collection.slug, doc, previousDoc), req.payload.secret)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (!context.skipRevalidate) await revalidateTags(tagsForChange(collection.slug, { ...doc, _status: 'published' }), req.payload.secret)
  return doc
}

export const revalidateHooks = { afterChange: [revalidateOnChange], afterDelete: [revalidateOnDelete] }
