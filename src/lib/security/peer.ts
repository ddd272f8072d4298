/**
 * The TCP peer address of a request, which Next does not hand to the proxy. `requestStart.ts`
 * writes it into a request header as each request arrives, before Next reads any header; the
 * value carries a secret made at start-up, so a client sending the same header is not believed.
 * A request that arrived before the recorder was installed (during start-up) has no peer.
 */

export const PEER_HEADER = 'x-subtext-peer'

const SECRET = Symbol.for('subtext.peer-secret')

// The proxy and the instrumentation hook are separate bundles in one process: the secret lives
// on globalThis, not in a module variable each bundle would have its own copy of.
type WithSecret = typeof globalThis & { [SECRET]?: string }

export function peerSecret(): string | undefined {
  return (globalThis as WithSecret)[SECRET]
}

export function setPeerSecret(secret: string): void {
  ;(globalThis as WithSecret)[SECRET] = secret
}

export const peerHeaderValue = (secret: string, address: string | undefined): string => `${secret} ${address ?? ''}`

/** The recorded peer address, or null when the header is missing, forged or empty. */
export function peerAddress(headerValue: string | null, secret = peerSecret()): string | null {
  if (!secret || !headerValue?.startsWith(`${secret} `)) return null
  return headerValue.slice(secret.length + 1) || null
}
