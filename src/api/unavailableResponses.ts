import { asRefusal, RETRY_AFTER_SECONDS } from '../database/refusals'

// Payload checks a session by reading its user from the database. When that read is refused (the
// database unreachable, or busy past its wait), the request fails with the refusal instead of
// running as an anonymous visitor's (patches/payload+3.90.1.patch): an editor's write would be
// refused 403 and `/api/users/me` would answer `{ user: null }`, which signs the admin out. The
// REST routes answer it as every refusal is (src/api/refusalResponses.ts). Payload's GraphQL route
// checks the session before its own error handling, and the preview route's payload.auth() has
// none: there the refusal leaves the route, and is answered here with the same 503 and Retry-After.

export const withUncheckedSessionsUnavailable =
  <R extends Request, Args extends unknown[]>(handler: (request: R, ...args: Args) => Promise<Response>) =>
  async (request: R, ...args: Args): Promise<Response> => {
    try {
      return await handler(request, ...args)
    } catch (error) {
      const refusal = asRefusal(error)
      if (refusal?.status !== 503) throw error
      return Response.json(
        { errors: [{ name: refusal.name, message: refusal.message }] },
        { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
      )
    }
  }
