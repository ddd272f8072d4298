import { ValidationError, type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest } from 'payload'

import { fromClient } from './fromClient'
import { looksLikeID } from './ids'
import { walkData } from './walkData'

// Payload checks the form of a relationship's id but not that the document exists; on SQL
// databases a missing one then fails the foreign key inside the insert and surfaces as a 500.
// Checking first turns it into a 400 that names the field.

type Reference = { path: string; collection: string; id: string | number }

const referencesOf = (path: string, field: FlattenedField, value: unknown): Reference[] => {
  if (field.type !== 'relationship' && field.type !== 'upload') return []
  const values = Array.isArray(value) ? value : [value]
  return values.flatMap((item): Reference[] => {
    if (item === null || item === undefined || item === '') return []
    if (Array.isArray(field.relationTo)) {
      const { relationTo, value: id } = (item ?? {}) as { relationTo?: unknown; value?: unknown }
      return typeof relationTo === 'string' && (typeof id === 'string' || typeof id === 'number')
        ? [{ path, collection: relationTo, id }]
        : []
    }
    const id: unknown = typeof item === 'object' ? (item as { id?: unknown }).id : item
    return typeof id === 'string' || typeof id === 'number' ? [{ path, collection: field.relationTo, id }] : []
  })
}

const missing = async (references: Reference[], req: PayloadRequest): Promise<Reference[]> => {
  const byCollection = new Map<string, Reference[]>()
  for (const r of references) byCollection.set(r.collection, [...(byCollection.get(r.collection) ?? []), r])
  const absent: Reference[] = []
  for (const [collection, refs] of byCollection) {
    // Malformed ids are left to Payload's own validation, which names them; but it takes any
    // number for a numeric id, and a fraction or a number past 2^53 reached the insert, failed
    // its foreign key and answered 500. No document has such an id.
    absent.push(...refs.filter((r) => typeof r.id === 'number' && !looksLikeID(r.id, collection, req)))
    const checkable = refs.filter((r) => looksLikeID(r.id, collection, req))
    if (!checkable.length) continue
    const { docs } = await req.payload.find({
      collection: collection as 'films',
      where: { id: { in: [...new Set(checkable.map((r) => r.id))] } },
      depth: 0,
      pagination: false,
      select: {},
      req,
    })
    const found = new Set(docs.map((d) => String(d.id)))
    absent.push(...checkable.filter((r) => !found.has(String(r.id))))
  }
  return absent
}

export const relationshipsExist: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !fromClient(req)) return
  const { data } = args as { data?: Record<string, unknown> }
  if (!data || typeof data !== 'object') return
  const references: Reference[] = []
  walkData(
    data,
    collection.flattenedFields,
    (path, field, value) => field && references.push(...referencesOf(path, field, value)),
    req,
  )
  const absent = await missing(references, req)
  if (absent.length) {
    throw new ValidationError({
      collection: collection.slug,
      errors: absent.map(({ path, collection: target, id }) => ({
        path,
        message: `There is no ${target} document with id ${JSON.stringify(id)}.`,
      })),
      req,
    })
  }
}
