// graphql-http answers a query it cannot parse or validate with 200 (the GraphQL-over-HTTP rule
// for application/json), Payload's resolvers put a ValidationError's 400 only inside `errors`,
// and a body that is not JSON makes Payload's handler throw, which Next turns into a 500. A
// client should see a client error as one: this gives such answers the status the errors carry
// (400 when GraphQL itself rejected the query) and leaves real server errors untouched.

type Handler = (request: Request) => Promise<Response>
type GraphQLError = { message?: string; extensions?: { statusCode?: number } }

const json = (body: unknown, status: number, headers?: HeadersInit) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { ...Object.fromEntries(new Headers(headers)), 'content-type': 'application/json' },
  })

/** The one status for a list of errors: theirs if they agree, else 400; null if any is a server error. */
const clientStatus = (errors: GraphQLError[]): number | null => {
  // Parse and validation errors carry no statusCode: GraphQL refused the query itself.
  const statuses = errors.map((e) => e.extensions?.statusCode ?? 400)
  if (statuses.some((s) => s >= 500 || s < 400)) return null
  return statuses.every((s) => s === statuses[0]) ? statuses[0]! : 400
}

export const withClientErrorStatus =
  (handler: Handler): Handler =>
  async (request) => {
    let response: Response
    try {
      response = await handler(request)
    } catch (error) {
      const { status, message } = error as { status?: number; message?: string }
      if (typeof status === 'number' && status >= 400 && status < 500) return json({ errors: [{ message }] }, status)
      throw error
    }
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { errors?: GraphQLError[] } | null
    const status = body?.errors?.length ? clientStatus(body.errors) : null
    return status ? json(body, status, response.headers) : response
  }
