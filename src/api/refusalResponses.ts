import type { AfterErrorHook } from 'payload'

import { asRefusal, RETRY_AFTER_SECONDS } from '../database/refusals'

// How a refused write is answered: 503 with Retry-After when the database stayed busy, 409 on a
// write conflict, each with a message saying that nothing was saved. Never a 500, which would
// leave the client unsure whether its write was stored.

const retryAfter = (headers?: HeadersInit): Headers => {
  const merged = new Headers(headers)
  merged.set('Retry-After', String(RETRY_AFTER_SECONDS))
  return merged
}

/** REST: Payload's route error handler sends `req.responseHeaders` with the error response. */
export const answerRefusals: AfterErrorHook = ({ error, req, result }) => {
  const refusal = asRefusal(error)
  if (!refusal || !req) return
  if (refusal.status === 503) req.responseHeaders = retryAfter(req.responseHeaders)
  return { response: { ...result, errors: [{ name: refusal.name, message: refusal.message }] }, status: refusal.status }
}

type Handler = (request: Request) => Promise<Response>
type GraphQLBody = { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { statusCode?: number } }> }

/**
 * GraphQL answers 200 with the refusal inside `errors` (its statusCode comes from the error's
 * status). When every error is a refusal and nothing in the document was carried out, the
 * response takes the refusal's status (and Retry-After); a document that was partly carried out
 * keeps GraphQL's 200 with its per-field errors.
 */
export const withRefusalStatus =
  (handler: Handler): Handler =>
  async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as GraphQLBody | null
    const statuses = body?.errors?.map((e) => e.extensions?.statusCode) ?? []
    if (statuses.length === 0 || !statuses.every((s) => s === 503 || s === 409)) return response
    if (Object.values(body?.data ?? {}).some((value) => value !== null)) return response
    const status = statuses.includes(503) ? 503 : 409
    const headers = status === 503 ? retryAfter(response.headers) : new Headers(response.headers)
    return new Response(JSON.stringify(body), { status, headers })
  }
