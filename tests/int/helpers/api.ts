import type { Payload } from 'payload'

// The app's REST and GraphQL route handlers (src/app/(payload)/api: Payload's, with the app's
// wrappers) called with real Request objects, so the HTTP behaviour (status codes, bodies) is
// tested on every database adapter without a Next server.

export type ApiResponse = { status: number; json: any; text: string; headers: Headers }

type Options = { token?: string; body?: unknown; raw?: string; contentType?: string; headers?: Record<string, string> }

const ORIGIN = 'http://localhost:3000'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export async function apiClient(payload: Payload) {
  const handlers = (await import('../../../src/app/(payload)/api/[...slug]/route')) as unknown as Record<
    Method,
    RestHandler
  >
  const graphqlRoute = await import('../../../src/app/(payload)/api/graphql/route')

  const request = (
    method: string,
    pathname: string,
    { token, body, raw, contentType = 'application/json', headers }: Options,
  ) =>
    new Request(`${ORIGIN}${pathname}`, {
      method,
      headers: { 'content-type': contentType, ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })

  const read = async (response: Response): Promise<ApiResponse> => {
    const text = await response.text()
    let json: unknown = null
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON; the caller sees the text
    }
    return { status: response.status, json, text, headers: response.headers }
  }

  return {
    /** A REST call, e.g. rest('PATCH', '/films/1?depth=0', { token, body }). */
    rest: async (method: Method, pathAndQuery: string, options: Options = {}) => {
      const [pathname] = pathAndQuery.split('?')
      const slug = pathname!.split('/').filter(Boolean).map(decodeURIComponent)
      return read(
        await handlers[method](request(method, `/api${pathAndQuery}`, options), { params: Promise.resolve({ slug }) }),
      )
    },
    /** A GraphQL call through the app's own /api/graphql route (including any wrapper there). */
    graphql: async (options: Options) => read(await graphqlRoute.POST(request('POST', '/api/graphql', options))),
    /** A JWT for a user made by makeUser (whose password is the helper's). */
    token: async (email: string) => {
      const { token } = await payload.login({
        collection: 'users',
        data: { email, password: 'correct horse battery staple' },
      })
      return token!
    },
  }
}
