import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

// Payload's own REST and GraphQL route handlers — the ones src/app/(payload)/api mounts — called
// with real Request objects, so the HTTP behaviour (status codes, bodies) is tested on every
// database adapter without a Next server.

export type ApiResponse = { status: number; json: any; text: string }

type Options = { token?: string; body?: unknown; raw?: string; contentType?: string }

const ORIGIN = 'http://localhost:3000'

const REST = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE } as const

export async function apiClient(payload: Payload) {
  const { default: config } = await import('@payload-config')
  const graphqlRoute = await import('../../../src/app/(payload)/api/graphql/route')
  const handlers = Object.fromEntries(Object.entries(REST).map(([method, build]) => [method, build(config)])) as Record<
    keyof typeof REST,
    ReturnType<typeof REST_GET>
  >

  const request = (method: string, pathname: string, { token, body, raw, contentType = 'application/json' }: Options) =>
    new Request(`${ORIGIN}${pathname}`, {
      method,
      headers: { 'content-type': contentType, ...(token ? { authorization: `JWT ${token}` } : {}) },
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
    return { status: response.status, json, text }
  }

  return {
    /** A REST call, e.g. rest('PATCH', '/films/1?depth=0', { token, body }). */
    rest: async (method: keyof typeof REST, pathAndQuery: string, options: Options = {}) => {
      const [pathname] = pathAndQuery.split('?')
      const slug = pathname!.split('/').filter(Boolean).map(decodeURIComponent)
      return read(await handlers[method](request(method, `/api${pathAndQuery}`, options), { params: Promise.resolve({ slug }) }))
    },
    /** A GraphQL call through the app's own /api/graphql route (including any wrapper there). */
    graphql: async (options: Options) => read(await graphqlRoute.POST(request('POST', '/api/graphql', options))),
    /** A JWT for a user made by makeUser (whose password is the helper's). */
    token: async (email: string) => {
      const { token } = await payload.login({ collection: 'users', data: { email, password: 'correct horse battery staple' } })
      return token!
    },
  }
}
