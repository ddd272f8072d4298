import { randomBytes } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

import { PEER_HEADER, peerHeaderValue, peerSecret, setPeerSecret } from './peer'

/**
 * Node publishes `http.server.request.start` for every request, synchronously, before the
 * server's 'request' listeners (Next) see it: the one point in `next start` that still knows the
 * socket. Overwriting the header here also replaces any copy the client sent.
 */
export function recordPeerAddresses(): void {
  if (peerSecret()) return
  const secret = randomBytes(18).toString('base64url')
  setPeerSecret(secret)
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[PEER_HEADER] = peerHeaderValue(secret, socket.remoteAddress)
  })
}
