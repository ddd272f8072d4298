import { isValidID, type CollectionSlug, type PayloadRequest } from 'payload'

/** The id type of a collection's documents: its custom id field's, or the database's default. */
export const idTypeOf = (slug: string, req: PayloadRequest): 'number' | 'text' | 'ObjectID' => {
  const collection = req.payload.collections[slug as CollectionSlug]
  return collection?.customIDType ?? req.payload.db.defaultIDType
}

/**
 * Whether `value` can be an id of `slug`'s documents. Query strings and URLs carry numbers as text,
 * so a numeric id may come as "12" — and only as digits: REST reads "1abc" as 1, and Payload hands
 * "abc" or "NaN" to the database.
 */
export const looksLikeID = (value: unknown, slug: string, req: PayloadRequest): boolean => {
  const type = idTypeOf(slug, req)
  if (type === 'number') {
    // Digits only: Number() would also take " 1", "1e3" or "0x1".
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
    return typeof number === 'number' && Number.isSafeInteger(number)
  }
  return isValidID(value as string, type)
}
