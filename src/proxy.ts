import { NextResponse, type NextRequest } from 'next/server'

import { attemptsOf, limitedRoute } from '@/lib/security/attempts'
import { clientAddress, isHttps, rateLimitKey, trustedProxyHops } from '@/lib/security/client'
import { createNonce, responseKind, securityHeaders } from '@/lib/security/headers'
import { methodNotAllowed } from '@/lib/security/methods'
import { PEER_HEADER, peerAddress } from '@/lib/security/peer'
import { consumeAttempts, serverLimiters } from '@/lib/security/rateLimit'
import { tooManyRequests } from '@/lib/security/tooManyRequests'

/**
 * Every request passes here (no matcher): it gets the security headers, and login and search
 * requests are counted against their client's limits first. Pages and the admin get a fresh CSP
 * nonce; Next reads it from the request's Content-Security-Policy header and puts it on the
 * scripts it renders, and server components read it from `x-nonce` (src/lib/security/nonce.ts).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  // Validated when the server starts (src/instrumentation.ts); read here per request so the proxy
  // never keeps configuration of its own.
  const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS)
  const kind = responseKind(request.nextUrl.pathname)
  const nonce = kind === 'page' || kind === 'admin' ? createNonce() : ''
  const headers = securityHeaders(kind, {
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: isHttps({
      serverURL: process.env.NEXT_PUBLIC_SERVER_URL,
      forwardedProto: request.headers.get('x-forwarded-proto'),
      hops,
    }),
  })

  const refused = methodNotAllowed(request.method, headers)
  if (refused) return refused

  const route = limitedRoute(request.method, request.nextUrl.pathname)
  if (route) {
    const peer = peerAddress(request.headers.get(PEER_HEADER))
    const address = rateLimitKey(clientAddress({ peer, forwardedFor: request.headers.get('x-forwarded-for'), hops }))
    const limited = await consumeAttempts(serverLimiters(), address, await attemptsOf(route, request))
    if (limited) return tooManyRequests(limited, kind === 'api', headers)
  }

  const forwarded = new Headers(request.headers)
  forwarded.delete(PEER_HEADER)
  if (nonce) forwarded.set('x-nonce', nonce)
  else forwarded.delete('x-nonce')
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']!)
  const response = NextResponse.next({ request: { headers: forwarded } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}
