import { randomBytes } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

import compression from 'compression'

import { payloadSecret } from '@/config/secret'

import { isHttps } from './client'
import { baselineHeaders } from './headers'
import { isServedMethod, notServed } from './methods'
import { FRONT_HEADER, isFrontToken, noncePlaceholder, setServingPlaceholder } from './noncePlaceholder'
import { substituteNonces } from './nonceSubstitution'
import { PEER_HEADER, peerHeaderValue, peerSecret, setPeerSecret } from './peer'

type RequestStart = { request: IncomingMessage; response: ServerResponse; socket: Socket; server: Server }

const guarded = new WeakSet<Server>()

/**
 * Next turns every request into a fetch Request before the proxy runs, and fetch refuses TRACE
 * and TRACK ("HTTP method is unsupported"), so Next answered them with a 500. The server's
 * 'request' event is wrapped once so such requests get their 405 here and never reach Next; every
 * other request goes on unchanged.
 */
function answerUnservedMethods(server: Server): void {
  if (guarded.has(server)) return
  guarded.add(server)
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean
  server.emit = ((event: string, ...args: unknown[]) => {
    const [request, response] = args as [IncomingMessage, ServerResponse]
    if (event !== 'request' || isServedMethod(request.method ?? 'GET')) return emit(event, ...args)
    const answer = notServed(request.method ?? '')
    response.writeHead(405, answer.headers).end(answer.body)
    return true
  }) as Server['emit']
}

/**
 * Node publishes `http.server.request.start` for every request, synchronously, before the
 * server's 'request' listener (Next) sees it: the one point in `next start` that still knows the
 * socket, and that comes before Next's own early answers (the 308s for a trailing slash or a
 * double slash), which never reach the proxy or next.config's headers.
 *
 * - The peer address goes into a request header the proxy can trust (see peer.ts); writing it
 *   here replaces any copy the client sent.
 * - Every response starts with the locked-down headers; the proxy replaces the policy of pages
 *   and the admin with their nonce policy.
 * - Responses are compressed here rather than by Next (next.config.mjs `compress: false`), so that
 *   inside the compression each response gets its own CSP nonce in place of the placeholder its
 *   page was rendered with (noncePlaceholder.ts) — unless the caching front, which proves it holds
 *   the site's secret, asks to do that itself for the pages it caches.
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
    answerUnservedMethods(server)
    request.headers[PEER_HEADER] = peerHeaderValue(secret, socket.remoteAddress)
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {})
    if (!isFrontToken(request.headers[FRONT_HEADER], siteSecret)) substituteNonces(response, placeholder)
    delete request.headers[FRONT_HEADER]
    const forwardedProto = request.headers['x-forwarded-proto']
    const https = isHttps({
      serverURL: process.env.NEXT_PUBLIC_SERVER_URL,
      forwardedProto: typeof forwardedProto === 'string' ? forwardedProto : null,
      hops,
    })
    for (const [name, value] of Object.entries(baselineHeaders(https))) response.setHeader(name, value)
  })
}
