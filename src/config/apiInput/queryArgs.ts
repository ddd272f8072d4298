import { APIError, getFieldByPath, NotFound, type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, type Where } from 'payload'

import { fromClient } from './fromClient'
import { looksLikeID } from './ids'

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

const bad = (message: string) => new APIError(message, 400, undefined, true)

function checkPaging(source: Record<string, unknown>): void {
  for (const [name, { min, hint }] of Object.entries(PAGING)) {
    const value = source[name]
    if (value === undefined) continue
    const number = typeof value === 'number' ? value : typeof value === 'string' && WHOLE.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(number) || number < min) throw bad(`${name} must be ${hint}; got ${JSON.stringify(value)}.`)
  }
}

function checkSort(sort: unknown, fields: FlattenedField[], slug: string, req: PayloadRequest): void {
  if (sort === undefined || sort === '') return
  const entries = (Array.isArray(sort) ? sort : [sort]).flatMap((s) => String(s).split(','))
  for (const entry of entries) {
    const path = entry.trim().replace(/^-/, '')
    if (path !== 'id' && !getFieldByPath({ config: req.payload.config, fields, includeRelationships: true, path })) {
      throw bad(`Cannot sort ${slug} by "${path}": it is not a field. Use a field name, with "-" in front for descending order.`)
    }
  }
}

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const DATE_OPERATORS = new Set([...ID_OPERATORS, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

const isEmpty = (value: unknown) => value === null || value === '' || value === 'null'

/** The collection whose id a where path compares against, if it is an id path. */
function idTarget(path: string, field: FlattenedField | null, slug: string): string | null {
  if (path === 'id') return slug
  if (field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') return field.relationTo
  return null
}

function checkWhere(where: unknown, slug: string, req: PayloadRequest): void {
  if (!where || typeof where !== 'object') return
  for (const [key, condition] of Object.entries(where as Where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      condition.forEach((w) => checkWhere(w, slug, req))
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const fields = req.payload.collections[slug as 'films'].config.flattenedFields
    // Unknown paths are left to Payload, which already answers them with a 400 naming the path.
    const field = getFieldByPath({ config: req.payload.config, fields, includeRelationships: true, path: key })?.field ?? null
    const target = idTarget(key, field, slug)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      for (const item of valuesOf(operator, value)) {
        if (isEmpty(item)) continue
        if (target && ID_OPERATORS.has(operator) && !looksLikeID(item, target, req)) {
          throw bad(`where[${key}][${operator}]: ${JSON.stringify(item)} is not a valid ${target} id.`)
        }
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an object stringifies to an invalid date: refused below, as it should be
        if (field?.type === 'date' && DATE_OPERATORS.has(operator) && Number.isNaN(new Date(String(item)).getTime())) {
          throw bad(`where[${key}][${operator}]: ${JSON.stringify(item)} is not a date; use ISO 8601, e.g. 2024-05-01.`)
        }
      }
    }
  }
}

const READS = new Set(['read', 'readDistinct', 'count', 'delete', 'update'])

export const checkQueryArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!READS.has(operation) || !fromClient(req)) return
  const { id, where, sort } = args as { id?: unknown; where?: unknown; sort?: unknown }
  // A document id that cannot exist is a missing document, as it would be on any other adapter.
  if (id !== undefined && id !== null && !looksLikeID(id, collection.slug, req)) throw new NotFound(req.t)
  // REST parses limit, page and depth leniently (dropping "abc"), so the raw query string is checked,
  // but only for the collection the URL names: populating relationships runs finds on other
  // collections with the same request, whose query string is not theirs.
  const fromURL = req.payloadAPI === 'REST' && req.routeParams?.collection === collection.slug
  checkPaging(fromURL ? ((req.query ?? {})) : req.payloadAPI === 'GraphQL' ? (args) : {})
  checkSort(sort, collection.flattenedFields, collection.slug, req)
  checkWhere(where, collection.slug, req)
}
