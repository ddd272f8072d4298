import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Cached pages and a strict CSP (docs/caching.md). Every page is rendered with this placeholder
 * where a per-request nonce would go, so the HTML Next caches is the same for every visitor; the
 * serving layer (nonceSubstitution.ts, or the caching front) replaces it with a fresh nonce in each
 * response. It is derived from the site's secret, so no one outside can know it: stored content
 * that spelt it out would need the secret to get a nonce that way. It never leaves the server.
 *
 * 16 bytes in base64, like a real nonce (headers.ts createNonce): the same length, so replacing
 * one with the other never changes a Content-Length.
 */
export const noncePlaceholder = (secret: string): string =>
  createHmac('sha256', secret).update('subtext:csp-nonce-placeholder').digest().subarray(0, 16).toString('base64')

/**
 * What the caching front (deploy/front) sends as `X-Subtext-Front` to say it replaces the
 * placeholder itself: the secret's, so no client can ask for pages with the placeholder in them.
 */
export const frontToken = (secret: string): string => createHmac('sha256', secret).update('subtext:front').digest('hex')

export const FRONT_HEADER = 'x-subtext-front'

export function isFrontToken(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false
  const expected = Buffer.from(frontToken(secret))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const PLACEHOLDER = Symbol.for('subtext.nonce-placeholder')

// Set as the server starts (requestStart.ts) and read by the proxy, a separate bundle in the same
// process: it lives on globalThis, as the peer secret does (peer.ts).
type WithPlaceholder = typeof globalThis & { [PLACEHOLDER]?: string }

/** The placeholder this server renders pages with, once the request hooks are installed. */
export const servingPlaceholder = (): string | undefined => (globalThis as WithPlaceholder)[PLACEHOLDER]

export function setServingPlaceholder(placeholder: string): void {
  ;(globalThis as WithPlaceholder)[PLACEHOLDER] = placeholder
}
