import { NextResponse, type NextRequest } from 'next/server'

import { attemptsOf, limitedRoute } from '@/lib/security/attempts'
import { clientAddress, isHttps, rateLimitKey, trustedProxyHops } from '@/lib/security/client'
import { createNonce, responseKind, securityHeaders } from '@/lib/security/headers'
import { methodNotAllowed } from '@/lib/security/methods'
import { servingPlaceholder } from '@/lib/security/noncePlaceholder'
import { PEER_HEADER, peerAddress, peerSecret } from '@/lib/security/peer'
import { isListingPath, LISTING, listingPathFor } from '@/lib/listingRoutes'
import { consumeAttempts, serverLimiters } from '@/lib/security/rateLimit'
import { tooManyRequests } from '@/lib/security/tooManyRequests'

/**
 * Every request passes here (no matcher): it gets the security headers, and login and search
 * requests are counted against their client's limits first. Next reads the CSP nonce from the
 * request's Content-Security-Policy header and puts it on the scripts it renders. The admin gets a
 * fresh nonce; pages get the site's placeholder, so the HTML Next caches is the same for every
 * visitor, and each response's own nonce replaces it on the way out (requestStart.ts).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  // Validated when the server starts (src/instrumentation.ts); read here per request so the proxy
  // never keeps configuration of its own.
  const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS)
  const kind = responseKind(request.nextUrl.pathname)
  const nonce = kind === 'page' ? (servingPlaceholder() ?? createNonce()) : kind === 'admin' ? createNonce() : ''
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
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']!)
  const response = servedFrom(request, forwarded)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

/** Marks a request the proxy itself sent to a list's internal path, with a secret no client knows. */
const LISTING_HEADER = 'x-subtext-listing'

/**
 * Lists are served from their cached internal path (src/lib/listingRoutes.ts); asked for directly,
 * that prefix is a 404. Next runs the proxy again for the path it rewrote to, which carries the
 * marker the first run set.
 */
function servedFrom(request: NextRequest, forwarded: Headers): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  const secret = peerSecret()
  if (isListingPath(pathname)) {
    const ours = secret !== undefined && request.headers.get(LISTING_HEADER) === secret
    return ours
      ? NextResponse.next({ request: { headers: forwarded } })
      : NextResponse.rewrite(new URL(`${LISTING}-is-not-a-page`, request.url), { request: { headers: forwarded } })
  }
  forwarded.delete(LISTING_HEADER)
  const internal = listingPathFor(pathname, searchParams)
  if (!internal) return NextResponse.next({ request: { headers: forwarded } })
  if (secret) forwarded.set(LISTING_HEADER, secret)
  return NextResponse.rewrite(new URL(internal, request.url), { request: { headers: forwarded } })
}
