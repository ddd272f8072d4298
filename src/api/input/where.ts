import { APIError, getFieldByPath, type FlattenedField, type PayloadRequest, type Where } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { looksLikeID } from './ids'

// Payload checks that a `where` path is a field and its operator a known one, but not that the
// operator suits the field or that the value has the right shape, and hands the rest to the
// database adapter, which fails with a 500: `like` with a list ("i.split is not a function"),
// `equals` with an object (SQLite: "can only bind numbers…"), `near` on a text field, a date or
// id that is not one (PostgreSQL: "invalid input syntax for type integer"). Every condition is
// checked here against its field's type first, and a mistake is a 400 naming the condition.

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDERED = [...EQUALITY, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXTUAL = [...EQUALITY, 'all', 'like', 'not_like', 'contains']

/** The operators each field type can be filtered with (those of Payload's own filter builder). */
const OPERATORS: Record<string, readonly string[]> = {
  id: ORDERED,
  text: TEXTUAL,
  textarea: TEXTUAL,
  email: TEXTUAL,
  code: TEXTUAL,
  select: [...EQUALITY, 'all'],
  radio: EQUALITY,
  checkbox: ['equals', 'not_equals', 'exists'],
  number: [...ORDERED, 'all'],
  date: ORDERED,
  relationship: [...EQUALITY, 'all'],
  upload: [...EQUALITY, 'all'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const BOOLEAN = new Set([true, false, 'true', 'false'])

export const badRequest = (message: string) => new APIError(message, 400, undefined, true)

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isEmpty = (value: unknown) => value === null || value === '' || value === 'null'

/** The collection whose id a where path compares against, if it is an id path. */
function idTarget(path: string, field: FlattenedField | null, slug: string): string | null {
  if (path === 'id') return slug
  if (field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
    return field.relationTo
  return null
}

/** The values of one condition: a list operator takes a list (or comma-separated text), the others one value. */
function valuesOf(name: string, operator: string, value: unknown): unknown[] {
  if (LIST_OPERATORS.has(operator)) {
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
    if (!items.every(isScalar)) throw badRequest(`${name} takes a list of values, e.g. ${name}=a,b.`)
    return items
  }
  if (!isScalar(value)) throw badRequest(`${name} takes one value, not a list or an object.`)
  return [value]
}

function checkValue(
  name: string,
  operator: string,
  item: unknown,
  type: string,
  target: string | null,
  req: PayloadRequest,
): void {
  if (operator === 'exists') {
    if (!BOOLEAN.has(item as string)) throw badRequest(`${name} takes true or false.`)
    return
  }
  if (isEmpty(item)) return
  if (target && ID_OPERATORS.has(operator) && !looksLikeID(item, target, req)) {
    throw badRequest(`${name}: ${JSON.stringify(item)} is not a valid ${target} id.`)
  }
  if (
    type === 'number' &&
    !(typeof item === 'number' || (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item))))
  ) {
    throw badRequest(`${name}: ${JSON.stringify(item)} is not a number.`)
  }
  if (
    type === 'date' &&
    ((typeof item !== 'string' && typeof item !== 'number') || Number.isNaN(new Date(item).getTime()))
  ) {
    throw badRequest(`${name}: ${JSON.stringify(item)} is not a date; use ISO 8601, e.g. 2024-05-01.`)
  }
  if (type === 'checkbox' && !BOOLEAN.has(item as string)) throw badRequest(`${name} takes true or false.`)
}

function checkCondition(path: string, condition: unknown, slug: string, req: PayloadRequest): void {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
    throw badRequest(`where[${path}] needs an operator, e.g. where[${path}][equals]=…`)
  }
  const fields = req.payload.collections[slug as 'films'].config.flattenedFields
  const field =
    path === 'id'
      ? null
      : (getFieldByPath({ config: req.payload.config, fields, includeRelationships: true, path })?.field ?? null)
  // Unknown paths and operators are left to Payload, which already answers them with a 400 naming them.
  if (path !== 'id' && !field) return
  const type = path === 'id' ? 'id' : field!.type
  const allowed = OPERATORS[type] ?? ['exists']
  const target = idTarget(path, field, slug)
  for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
    if (!validOperatorSet.has(operator as never)) continue
    const name = `where[${path}][${operator}]`
    if (!allowed.includes(operator)) {
      throw badRequest(
        `${name}: a ${type} field cannot be filtered with "${operator}"; use one of ${allowed.join(', ')}.`,
      )
    }
    for (const item of valuesOf(name, operator, value)) checkValue(name, operator, item, type, target, req)
  }
}

export function checkWhere(where: unknown, slug: string, req: PayloadRequest): void {
  if (where === undefined || where === null || where === '') return
  if (typeof where !== 'object' || Array.isArray(where))
    throw badRequest('where must be an object of conditions, e.g. where[title][equals]=…')
  for (const [key, condition] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      // A query string with more than 20 entries arrives as an object keyed by index.
      const parts = Array.isArray(condition)
        ? condition
        : condition && typeof condition === 'object'
          ? Object.values(condition)
          : null
      if (!parts) throw badRequest(`where[${key}] must be a list of conditions, e.g. where[${key}][0][title][equals]=…`)
      parts.forEach((part) => checkWhere(part, slug, req))
      continue
    }
    checkCondition(key, condition, slug, req)
  }
}
