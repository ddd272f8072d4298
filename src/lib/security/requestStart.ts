import { randomBytes } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

import compression from 'compression'

import { payloadSecret } from '@/config/secret'

import { withRequestClock } from '../cache/renderFreshness.mjs'
import { withholdStaleRenders } from '../cache/staleRenders'

import { isHttps } from './client'
import { baselineHeaders, responseKind, securityHeaders } from './headers'
import { isServedMethod, notServed } from './methods'
import { FRONT_HEADER, isFrontToken, noncePlaceholder, setServingPlaceholder } from './noncePlaceholder'
import { substituteNonces } from './nonceSubstitution'
import { PEER_HEADER, peerHeaderValue, peerSecret, setPeerSecret } from './peer'

type RequestStart = { request: IncomingMessage; response: ServerResponse; socket: Socket; server: Server }

const wrapped = new WeakSet<Server>()

/**
 * The server's 'request' event is wrapped once, for two things Next gives no hook for:
 * - Next turns every request into a fetch Request before the proxy runs, and fetch refuses TRACE
 *   and TRACK ("HTTP method is unsupported"), so Next answered them with a 500. They get their 405
 *   here and never reach Next.
 * - Every other request is handled inside its own clock, so that whatever it renders into Next's
 *   cache is stamped with when the request began (src/lib/cache/renderFreshness.mjs).
 */
function wrapRequestEvent(server: Server): void {
  if (wrapped.has(server)) return
  wrapped.add(server)
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event !== 'request') return emit(event, ...args)
    const [request, response] = args as [IncomingMessage, ServerResponse]
    if (isServedMethod(request.method ?? 'GET')) return withRequestClock(() => emit(event, ...args))
    const answer = notServed(request.method ?? '')
    response.writeHead(405, answer.headers).end(answer.body)
    return true
  }) as Server['emit']
}

const pathOf = (url: string | undefined): string => (url ?? '/').split('?')[0]!

/**
 * A page, unless Next will answer it with a redirect before any page runs: a trailing slash or a
 * doubled one (308 to the clean path), which stays locked down like any response that is no document.
 */
function pageRequest(url: string | undefined): boolean {
  const path = pathOf(url)
  if (path.includes('//') || (path.length > 1 && path.endsWith('/'))) return false
  return responseKind(path) === 'page'
}

/**
 * A page's whole policy (with the placeholder) and headers from the start, so the pages the proxy
 * does not run for (src/proxy.ts `config.matcher`: the cached reading pages) need nothing from it;
 * anything else starts locked down, and the proxy gives the admin its own policy.
 */
function startingHeaders(url: string | undefined, placeholder: string, https: boolean): Record<string, string> {
  if (!pageRequest(url)) return baselineHeaders(https)
  return securityHeaders('page', { nonce: placeholder, dev: process.env.NODE_ENV === 'development', https })
}

/**
 * Node publishes `http.server.request.start` for every request, synchronously, before the
 * server's 'request' listener (Next) sees it: the one point in `next start` that still knows the
 * socket, and that comes before Next's own early answers (the 308s for a trailing slash or a
 * double slash), which never reach the proxy or next.config's headers.
 *
 * - The peer address goes into a request header the proxy can trust (see peer.ts); writing it
 *   here replaces any copy the client sent.
 * - Every response starts with its security headers: a page's with the placeholder nonce, anything
 *   else locked down until the proxy gives the admin its own.
 * - Responses are compressed here rather than by Next (next.config.mjs `compress: false`), so that
 *   inside the compression each response gets its own CSP nonce in place of the placeholder its
 *   page was rendered with (noncePlaceholder.ts) — unless the caching front, which proves it holds
 *   the site's secret, asks to do that itself for the pages it caches.
 * - A cached response whose render began before a change to what it shows is kept from shared
 *   caches (src/lib/cache/staleRenders.ts).
 */
export function installRequestStartHooks(hops: number): void {
  if (peerSecret()) return
  const secret = randomBytes(18).toString('base64url')
  setPeerSecret(secret)
  const siteSecret = payloadSecret()
  const placeholder = noncePlaceholder(siteSecret)
  setServingPlaceholder(placeholder)
  // The maintained middleware Next itself bundles (next/dist/compiled/compression), applied here
  // because Next's own would run outside the nonce substitution and hand it gzip.
  const compress = compression()
  subscribe('http.server.request.start', (message) => {
    const { request, response, socket, server } = message as RequestStart
    wrapRequestEvent(server)
    request.headers[PEER_HEADER] = peerHeaderValue(secret, socket.remoteAddress)
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {})
    if (!isFrontToken(request.headers[FRONT_HEADER], siteSecret)) substituteNonces(response, placeholder)
    withholdStaleRenders(response)
    delete request.headers[FRONT_HEADER]
    const forwardedProto = request.headers['x-forwarded-proto']
    const https = isHttps({
      serverURL: process.env.NEXT_PUBLIC_SERVER_URL,
      forwardedProto: typeof forwardedProto === 'string' ? forwardedProto : null,
      hops,
    })
    for (const [name, value] of Object.entries(startingHeaders(request.url, placeholder, https))) {
      response.setHeader(name, value)
    }
    // Next renders a page's scripts with the nonce of the request's policy: the placeholder, set
    // here over anything a client sent, so a cached page is rendered the same for every request.
    if (pageRequest(request.url))
      request.headers['content-security-policy'] = response.getHeader('content-security-policy') as string
  })
}
