import { RETRY_AFTER_SECONDS } from '../database/refusals'
import { metUnreachableDatabase, UNAVAILABLE_MESSAGE } from '../database/unavailable'

// Payload checks a session by reading its user from the database, and takes a check that failed
// for no session (its JWT strategy catches every error). While the database is out of reach an
// editor's request would run as an anonymous visitor's: a write refused with 403, `/api/users/me`
// answering `{ user: null }` (which signs the admin out). A request that brought credentials that
// could not be checked for that reason is answered 503 with Retry-After, as every other request
// the database fails is (src/api/refusalResponses.ts). Anonymous visitors could write nothing
// meanwhile, so nothing this replaces was stored.

/** The session cookie (Payload's default cookie prefix) or an Authorization header (JWT, API key). */
const bringsCredentials = (request: Request): boolean =>
  request.headers.has('authorization') || /(^|;)\s*payload-token=/.test(request.headers.get('cookie') ?? '')

export const withUncheckedSessionsUnavailable =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> => {
    const response = await handler(request, ...args)
    // Payload's request is this Request, given its user by the authentication that ran.
    const unchecked = !(request as Request & { user?: unknown }).user && bringsCredentials(request)
    if (response.status === 503 || !unchecked || !metUnreachableDatabase(request)) return response
    return Response.json(
      { errors: [{ name: 'DatabaseUnavailableError', message: UNAVAILABLE_MESSAGE }] },
      { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    )
  }
