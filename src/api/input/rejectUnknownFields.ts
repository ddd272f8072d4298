import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { fromClient } from './fromClient'
import { walkData } from './walkData'

// Payload drops keys that match no field without a word, so a client that misspells a field
// ("runtime" for "runtimeMinutes") believes it saved a value that was thrown away. A write from
// REST or GraphQL must be a JSON object whose every key is a field of the collection.

// Keys the operations read from the data without them being fields: the document id, and for
// accounts and uploads what the admin sends alongside the fields.
const SYSTEM_KEYS = new Set(['id', 'password', 'confirm-password', 'file', 'uploadEdits'])

export const rejectUnknownFields: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !fromClient(req)) return
  const { data } = args as { data?: unknown }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new APIError(
      'Send the document as a JSON object (Content-Type: application/json), e.g. {"title": "…"}, or as multipart form data with a _payload part.',
      400,
      undefined,
      true,
    )
  }
  const errors: { path: string; message: string }[] = []
  walkData(
    data as Record<string, unknown>,
    collection.flattenedFields,
    (path, field) => {
      if (!field)
        errors.push({
          path,
          message: `"${path}" is not a field of ${collection.slug}; remove it or check its spelling.`,
        })
    },
    req,
    { extraKeys: SYSTEM_KEYS },
  )
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
}
