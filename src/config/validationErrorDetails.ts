import type { AfterErrorHook } from 'payload'

type DetailedError = Error & { status?: number; data?: { errors?: unknown } }

/**
 * A client that sends a bad value must learn which field and why. Payload's REST error formatter
 * recognises its ValidationError with `instanceof` and by class name, and both fail in a minified
 * production Next bundle; the response then keeps only the generic message. This puts the field
 * list back for any 400 error that carries one.
 */
export const validationErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { message, status, data } = error as DetailedError
  if (!result || status !== 400 || !Array.isArray(data?.errors)) return
  return { response: { ...result, errors: [{ name: 'ValidationError', message, data }] }, status }
}
