import { ValidationError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

import { plainTextProblem, TEXT_MAX_LENGTH } from '../../../collections/fields/validators'
import { fromClient } from './fromClient'
import { walkData } from './walkData'

// Values Payload would store wrongly, drop, or hand to the database to fail on (a 500) instead of
// refusing: a group given as anything but an object (`rating: "high"` was dropped without a word),
// a value of the wrong type (a list for a date), and text over its field's limit or holding control
// characters. Payload validates only published saves, so drafts (every writer's save, every
// autosave) are checked here too, with the limits the fields carry (collections/fields/textBounds.ts).

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

const isDate = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())

/** Which single values each field type takes, and how to say so. */
const SCALARS: Partial<Record<FlattenedField['type'], [(value: unknown) => boolean, string]>> = {
  text: [(v) => typeof v === 'string', 'Send text'],
  textarea: [(v) => typeof v === 'string', 'Send text'],
  email: [(v) => typeof v === 'string', 'Send an email address'],
  number: [(v) => typeof v === 'number' && Number.isFinite(v), 'Enter a number'],
  checkbox: [(v) => typeof v === 'boolean', 'Send true or false'],
  date: [isDate, 'This is not a valid date: send ISO 8601, e.g. "2024-05-01"'],
  select: [(v) => typeof v === 'string', 'Send one of the options'],
  radio: [(v) => typeof v === 'string', 'Send one of the options'],
}

const hasMany = (field: FlattenedField) => 'hasMany' in field && field.hasMany === true

function typeProblem(field: FlattenedField, value: unknown): string | null {
  const expected = SCALARS[field.type]
  if (!expected) return null
  const [fits, hint] = expected
  const values = hasMany(field) && Array.isArray(value) ? value : [value]
  return values.every(fits)
    ? null
    : `${hint}${hasMany(field) ? ' (or a list of them)' : ''}; got ${JSON.stringify(value)?.slice(0, 80)}.`
}

function problemOf(field: FlattenedField, value: unknown): string | null {
  // An emptied field comes as null or "" (the admin's forms): Payload stores either as nothing.
  if (value === null || value === undefined || value === '') return null
  const wrongType = typeProblem(field, value)
  if (wrongType) return wrongType
  if (field.type === 'group' && !isObject(value)) {
    const names = field.flattenedFields.map((f) => f.name).join(', ')
    return `Send an object of its fields (${names}), e.g. {"${field.name}": {"${field.flattenedFields[0]?.name}": …}}; got ${JSON.stringify(value)}.`
  }
  // The admin's form sends a list it emptied as its row count, 0; Payload stores it as no rows.
  if ((field.type === 'array' || field.type === 'blocks') && !Array.isArray(value) && value !== 0)
    return `Send a list of rows; got ${JSON.stringify(value)}.`
  if (field.type === 'text' || field.type === 'textarea') {
    const maxLength = field.maxLength ?? TEXT_MAX_LENGTH[field.type]
    for (const text of Array.isArray(value) ? value : [value]) {
      const problem = typeof text === 'string' ? plainTextProblem(text, { type: field.type, maxLength }) : null
      if (problem) return problem
    }
  }
  return null
}

export const checkFieldValues: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !fromClient(req)) return
  const { data } = args as { data?: unknown }
  if (!isObject(data)) return
  const errors: { path: string; message: string }[] = []
  walkData(
    data as Record<string, unknown>,
    collection.flattenedFields,
    (path, field, value) => {
      const message = field && problemOf(field, value)
      if (message) errors.push({ path, message: `${path}: ${message}` })
    },
    req,
  )
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
}
