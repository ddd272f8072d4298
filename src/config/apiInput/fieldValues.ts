import { ValidationError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

import { plainTextProblem, TEXT_MAX_LENGTH } from '../../../collections/fields/validators'
import { fromClient } from './fromClient'
import { walkData } from './walkData'

// Values Payload would store wrongly or drop instead of refusing: a group given as anything but an
// object (`rating: "high"` is dropped without a word), and text over its field's limit or holding
// control characters. Payload validates only published saves, so drafts (every writer's save, every
// autosave) are checked here too, with the limits the fields carry (collections/fields/textBounds.ts).

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

function problemOf(field: FlattenedField, value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (field.type === 'group' && !isObject(value)) {
    const names = field.flattenedFields.map((f) => f.name).join(', ')
    return `Send an object of its fields (${names}), e.g. {"${field.name}": {"${field.flattenedFields[0]?.name}": …}}; got ${JSON.stringify(value)}.`
  }
  if ((field.type === 'array' || field.type === 'blocks') && !Array.isArray(value)) return `Send a list of rows; got ${JSON.stringify(value)}.`
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
  walkData(data as Record<string, unknown>, collection.flattenedFields, (path, field, value) => {
    const message = field && problemOf(field, value)
    if (message) errors.push({ path, message: `${path}: ${message}` })
  }, req)
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
}
