import { randomFillSync } from 'node:crypto'

/**
 * Every security header Subtext sends, computed in one place for `src/proxy.ts`, which runs on
 * every request. Pure functions: the proxy supplies the nonce and whether the request is HTTPS.
 */

/** What a response is, as far as its policy goes. */
export type ResponseKind = 'page' | 'admin' | 'api' | 'asset'

export type PolicyOptions = {
  /** Fresh per request; only pages and the admin use one. */
  nonce: string
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  dev: boolean
  /** Served over HTTPS: adds HSTS and upgrade-insecure-requests. */
  https: boolean
}

export function responseKind(pathname: string): ResponseKind {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  // Built files and optimised images are never documents; pages, feeds, sitemaps and OG images
  // are rendered per request and take the page policy.
  if (pathname.startsWith('/_next/static/') || pathname === '/_next/image') return 'asset'
  return 'page'
}

/**
 * The reading site and the admin are both App Router pages: Next finds the nonce in the request's
 * policy and puts it on its own scripts, and 'strict-dynamic' lets those load the rest of the
 * bundle. No inline script runs without the nonce. Styles stay 'unsafe-inline': next/image and
 * Payload's admin write style attributes, which a nonce cannot cover, and styles cannot run code.
 * `frame-ancestors 'self'` (not 'none') because the admin's Live Preview frames the pages.
 */
function documentPolicy({ nonce, dev, https }: PolicyOptions): string[] {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
}

/** JSON, uploads and built files are never meant to run anything or be framed. */
const LOCKED_DOWN = ["default-src 'none'", "frame-ancestors 'none'"]

export function contentSecurityPolicy(kind: ResponseKind, options: PolicyOptions): string {
  return (kind === 'page' || kind === 'admin' ? documentPolicy(options) : LOCKED_DOWN).join('; ')
}

/** Two years, the figure browsers' preload lists ask for; subdomains too, so no cookie leaks over http. */
export const HSTS = 'max-age=63072000; includeSubDomains'

/** Features the site never uses, switched off for it and for anything it might frame. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

export function securityHeaders(kind: ResponseKind, options: PolicyOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(kind, options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Over plain http, browsers ignore HSTS; sending it there would only mislead.
    ...(options.https ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

/**
 * What every response starts with, before anything knows what it is: the locked-down policy and
 * the common headers. Pages and the admin get theirs from the proxy.
 */
export const baselineHeaders = (https: boolean): Record<string, string> =>
  securityHeaders('asset', { nonce: '', dev: false, https })

const NONCE_BYTES = 16
// Every response draws a nonce, cached pages included. Drawn 256 at a time from the system's random
// source, as Node's own randomUUID() pools its randomness, one costs 0.2 µs instead of 3 µs
// (getRandomValues on a fresh array each time). Each nonce is still used once.
const pool = Buffer.alloc(NONCE_BYTES * 256)
let drawn = pool.length

/** The nonce for one response: 128 random bits, base64 as CSP's nonce-source expects. */
export function createNonce(): string {
  if (drawn === pool.length) {
    randomFillSync(pool)
    drawn = 0
  }
  drawn += NONCE_BYTES
  return pool.toString('base64', drawn - NONCE_BYTES, drawn)
}
