import { isHttps, trustedProxyHops } from '../../src/lib/security/client'

type Env = Record<string, string | undefined>

/**
 * Payload decides a cookie's `Secure` once, from its config, but one server can be reached over
 * HTTPS through a reverse proxy and over plain HTTP inside the network. A request counts as HTTPS
 * when its own URL is https, when the public URL is, or when a trusted proxy
 * (TRUSTED_PROXY_HOPS) says so in X-Forwarded-Proto, as for Strict-Transport-Security.
 */
export function requestIsHttps(request: Request, env: Env = process.env): boolean {
  if (new URL(request.url).protocol === 'https:') return true
  return isHttps({
    serverURL: env.NEXT_PUBLIC_SERVER_URL,
    forwardedProto: request.headers.get('x-forwarded-proto'),
    hops: trustedProxyHops(env.TRUSTED_PROXY_HOPS),
  })
}

const hasSecure = (cookie: string) => cookie.split(';').some((part) => part.trim().toLowerCase() === 'secure')

/** The response with `Secure` on every cookie it sets, when the request came over HTTPS. */
export function secureCookiesOverHttps(request: Request, response: Response, env: Env = process.env): Response {
  const cookies = response.headers.getSetCookie()
  if (cookies.every(hasSecure) || !requestIsHttps(request, env)) return response
  const headers = new Headers(response.headers)
  headers.delete('set-cookie')
  for (const cookie of cookies) headers.append('set-cookie', hasSecure(cookie) ? cookie : `${cookie}; Secure`)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** A route handler whose session cookies (login, refresh, reset, logout) are Secure over HTTPS. */
export const withSecureSessionCookies =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> =>
    secureCookiesOverHttps(request, await handler(request, ...args))
