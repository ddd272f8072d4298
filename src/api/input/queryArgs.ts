import {
  getFieldByPath,
  NotFound,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

import { fromClient } from './fromClient'
import { looksLikeID } from './ids'
import { badRequest as bad, checkWhere } from './where'

// What a client puts in a read's URL or arguments. Payload ignores a malformed limit or page, and
// hands a malformed id or date in `where` to the database, which fails with a 500 (PostgreSQL:
// "invalid input syntax for type integer"; SQLite: "Only finite numbers"). These checks answer
// 400 (or 404 for a document id that cannot exist) with what to send instead.

const WHOLE = /^\d+$/

const PAGING: Record<string, { min: number; hint: string }> = {
  limit: { min: 0, hint: 'a whole number of 0 or more (0 means no limit)' },
  page: { min: 1, hint: 'a whole number of 1 or more' },
  depth: { min: 0, hint: 'a whole number of 0 or more' },
}

function checkPaging(source: Record<string, unknown>): void {
  for (const [name, { min, hint }] of Object.entries(PAGING)) {
    const value = source[name]
    if (value === undefined) continue
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && WHOLE.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(number) || number < min)
      throw bad(`${name} must be ${hint}; got ${JSON.stringify(value)}.`)
  }
}

function checkSort(sort: unknown, fields: FlattenedField[], slug: string, req: PayloadRequest): void {
  if (sort === undefined || sort === '') return
  const entries = (Array.isArray(sort) ? sort : [sort]).flatMap((s) => String(s).split(','))
  for (const entry of entries) {
    const path = entry.trim().replace(/^-/, '')
    if (path !== 'id' && !getFieldByPath({ config: req.payload.config, fields, includeRelationships: true, path })) {
      throw bad(
        `Cannot sort ${slug} by "${path}": it is not a field. Use a field name, with "-" in front for descending order.`,
      )
    }
  }
}

const READS = new Set(['read', 'readDistinct', 'count', 'delete', 'update'])

export const checkQueryArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!READS.has(operation) || !fromClient(req)) return
  const { id, where, sort } = args as { id?: unknown; where?: unknown; sort?: unknown }
  // REST parses limit, page, depth and the id leniently (dropping "abc", reading "1abc" as 1), so
  // the raw URL is checked, but only for the collection the URL names: populating relationships
  // runs finds on other collections with the same request, whose URL is not theirs.
  const fromURL = req.payloadAPI === 'REST' && req.routeParams?.collection === collection.slug
  // A document id that cannot exist is a missing document, as it would be on any other adapter.
  const rawID = fromURL && typeof req.routeParams?.id === 'string' ? req.routeParams.id : id
  if (id !== undefined && id !== null && !looksLikeID(rawID, collection.slug, req)) throw new NotFound(req.t)
  checkPaging(fromURL ? (req.query ?? {}) : req.payloadAPI === 'GraphQL' ? args : {})
  checkSort(sort, collection.flattenedFields, collection.slug, req)
  checkWhere(where, collection.slug, req)
}
