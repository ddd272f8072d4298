import { graphqlAttempts } from './graphqlAttempts'
import type { Attempt } from './rateLimit'

/** The rate-limited ways in: REST login, GraphQL (login and search reads), search page and REST. */
export type LimitedRoute = 'login' | 'graphql' | 'search'

/**
 * Which limited route a request is for. Compared on the decoded path, since Payload's catch-all
 * route decodes its segments and `/api/users/%6Cogin` would otherwise log in uncounted.
 */
export function limitedRoute(method: string, pathname: string): LimitedRoute | null {
  let path: string
  try {
    path = decodeURIComponent(pathname).toLowerCase()
  } catch {
    return null
  }
  if (path === '/api/users/login') return method === 'POST' ? 'login' : null
  if (path === '/api/graphql') return method === 'POST' ? 'graphql' : null
  if (path === '/search') return method === 'GET' || method === 'HEAD' ? 'search' : null
  if (path === '/api/search' || path.startsWith('/api/search/')) return 'search'
  return null
}

/** Payload reads a login from JSON, or from the `_payload` JSON field of a multipart form. */
export function loginEmail(body: string | FormData): string {
  try {
    if (typeof body === 'string') return emailOf(JSON.parse(body))
    const payload = body.get('_payload')
    return typeof payload === 'string' ? emailOf(JSON.parse(payload)) : emailOf({ email: body.get('email') })
  } catch {
    return ''
  }
}

const emailOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && typeof (value as { email?: unknown }).email === 'string'
    ? (value as { email: string }).email
    : ''

/** The attempts a request makes, reading its body only for login and GraphQL. */
export async function attemptsOf(route: LimitedRoute, request: Request): Promise<Attempt[]> {
  if (route === 'search') return [{ kind: 'search' }]
  const contentType = request.headers.get('content-type') ?? ''
  if (route === 'login') {
    const body = contentType.includes('multipart/form-data')
      ? await request.formData().catch(() => new FormData())
      : await request.text()
    return [{ kind: 'login', email: loginEmail(body) }]
  }
  const { logins, searches } = graphqlAttempts(await request.text())
  return [
    ...logins.map((email): Attempt => ({ kind: 'login', email })),
    ...Array.from({ length: searches }, (): Attempt => ({ kind: 'search' })),
  ]
}
