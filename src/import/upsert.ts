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

type WriteArgs = {
  payload: Payload
  req: PayloadRequest
  collection: CollectionSlug
  data: Record<string, unknown>
  /** False when writing as a signed-in user, so the collections' access rules apply to each operation. */
  overrideAccess?: boolean
}

/** Every document of `collection` matching `where`, as stored (depth 0): one query for many lookups. */
export async function findAll({
  payload,
  req,
  collection,
  where,
  overrideAccess = true,
}: Omit<WriteArgs, 'data'> & { where: Where }): Promise<Record<string, unknown>[]> {
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false, req, overrideAccess })
  return docs as unknown as Record<string, unknown>[]
}

/** Create the document when there is none (`existing` undefined), or update it only when something differs. */
export async function save({
  payload,
  req,
  collection,
  existing,
  data,
  overrideAccess = true,
}: WriteArgs & { existing: Record<string, unknown> | undefined }): Promise<{ id: DocId; action: UpsertAction }> {
  if (!existing) {
    const created = await payload.create({ collection, data, depth: 0, req, overrideAccess })
    return { id: created.id, action: 'created' }
  }
  const id = existing.id as DocId
  if (alreadyHas(existing, data)) return { id, action: 'unchanged' }
  await payload.update({ collection, id, data, depth: 0, req, overrideAccess })
  return { id, action: 'updated' }
}

/** Create the document matching `where`, or update it only when something differs. */
export async function upsert(args: WriteArgs & { where: Where }): Promise<{ id: DocId; action: UpsertAction }> {
  const [existing] = await findAll(args)
  return save({ ...args, existing })
}
