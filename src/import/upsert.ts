import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

export type UpsertAction = 'created' | 'updated' | 'unchanged'
export type DocId = string | number

/** IDs are opaque: numbers in SQL, strings in MongoDB. Compare them only through this. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const key = (id: unknown) => (typeof id === 'string' || typeof id === 'number' ? String(id) : null)
  return key(a) !== null && key(a) === key(b)
}

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'id' in value ? value.id : value

/**
 * Whether everything `desired` says is already true of `stored`. Keys the importer does not
 * manage (ids of array rows, timestamps, fields an editor added) are ignored, so re-importing
 * an unchanged file writes nothing and creates no new version.
 */
export function alreadyHas(stored: unknown, desired: unknown): boolean {
  if (desired === null || desired === undefined) return stored === null || stored === undefined
  if (Array.isArray(desired)) {
    return (
      Array.isArray(stored) && stored.length === desired.length && desired.every((d, i) => alreadyHas(stored[i], d))
    )
  }
  if (typeof desired === 'object') {
    if (stored === null || typeof stored !== 'object') return false
    return Object.entries(desired).every(([key, value]) => alreadyHas((stored as Record<string, unknown>)[key], value))
  }
  if (typeof desired === 'string' || typeof desired === 'number') {
    return desired === stored || sameId(idOf(stored), desired)
  }
  return desired === stored
}

type UpsertArgs = {
  payload: Payload
  req: PayloadRequest
  collection: CollectionSlug
  where: Where
  data: Record<string, unknown>
  /** False when writing as a signed-in user, so the collections' access rules apply to each operation. */
  overrideAccess?: boolean
}

/** Create the document matching `where`, or update it only when something differs. */
export async function upsert({
  payload,
  req,
  collection,
  where,
  data,
  overrideAccess = true,
}: UpsertArgs): Promise<{ id: DocId; action: UpsertAction }> {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, req, overrideAccess })
  const existing = docs[0]
  if (!existing) {
    const created = await payload.create({ collection, data, depth: 0, req, overrideAccess })
    return { id: created.id, action: 'created' }
  }
  if (alreadyHas(existing, data)) return { id: existing.id, action: 'unchanged' }
  await payload.update({ collection, id: existing.id, data, depth: 0, req, overrideAccess })
  return { id: existing.id, action: 'updated' }
}
