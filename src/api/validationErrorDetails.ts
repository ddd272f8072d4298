import type { AfterErrorHook } from 'payload'

type DetailedError = Error & { status?: number; data?: { errors?: unknown } | null }

/**
 * A client that sends a bad request must learn what to fix. Payload's REST error formatter
 * recognises its ValidationError and APIError with `instanceof` and by class name, and both fail
 * in a minified production Next bundle; the response then says only "An unknown error occurred."
 * This puts the message (and, for a ValidationError, the field list) back for any 4xx error:
 * client errors describe the client's own request, so their messages are safe to return.
 */
export const validationErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { message, status, data } = error as DetailedError
  if (!result || typeof status !== 'number' || status < 400 || status >= 500) return
  if (Array.isArray(data?.errors))
    return { response: { ...result, errors: [{ name: 'ValidationError', message, data }] }, status }
  return { response: { ...result, errors: [{ message }] }, status }
}
