import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, createNonce, HSTS, responseKind, securityHeaders } from '../../src/lib/security/headers'

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  )

const production = { nonce: 'abc123==', dev: false, https: false }

describe('responseKind', () => {
  it('tells the admin, the API, built assets and everything else apart', () => {
    expect(responseKind('/admin')).toBe('admin')
    expect(responseKind('/admin/collections/films/1')).toBe('admin')
    expect(responseKind('/api/films')).toBe('api')
    expect(responseKind('/api/media/file/poster.webp')).toBe('api')
    expect(responseKind('/_next/static/chunks/app.js')).toBe('asset')
    expect(responseKind('/_next/image')).toBe('asset')
    for (const page of ['/', '/films/x', '/search', '/feed.xml', '/sitemap.xml', '/og', '/administrators', '/apiary']) {
      expect(responseKind(page), page).toBe('page')
    }
  })
})

describe('contentSecurityPolicy', () => {
  it('lets a page run only scripts carrying its nonce, and what they load', () => {
    const csp = directives(contentSecurityPolicy('page', production))
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"])
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
  })

  it("lets the site frame its own pages (Live Preview) and no one else's", () => {
    expect(directives(contentSecurityPolicy('page', production)).get('frame-ancestors')).toEqual(["'self'"])
    expect(directives(contentSecurityPolicy('admin', production)).get('frame-ancestors')).toEqual(["'self'"])
  })

  it('lets neither the admin nor the site load images from other origins (the admin shows no Gravatar)', () => {
    expect(directives(contentSecurityPolicy('admin', production)).get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(directives(contentSecurityPolicy('page', production)).get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
  })

  it('locks the API and built assets down completely', () => {
    for (const kind of ['api', 'asset'] as const) {
      expect(contentSecurityPolicy(kind, production)).toBe("default-src 'none'; frame-ancestors 'none'")
    }
  })

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy('page', { ...production, dev: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    )
    expect(contentSecurityPolicy('page', production)).not.toContain('unsafe-eval')
  })

  it('upgrades insecure requests only over HTTPS', () => {
    expect(
      directives(contentSecurityPolicy('page', { ...production, https: true })).has('upgrade-insecure-requests'),
    ).toBe(true)
    expect(directives(contentSecurityPolicy('page', production)).has('upgrade-insecure-requests')).toBe(false)
  })
})

describe('securityHeaders', () => {
  it('always sends nosniff, a referrer policy and a permissions policy', () => {
    for (const kind of ['page', 'admin', 'api', 'asset'] as const) {
      const headers = securityHeaders(kind, production)
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['Permissions-Policy']).toContain('camera=()')
      expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(kind, production))
    }
  })

  it('sends HSTS over HTTPS and never over plain http', () => {
    expect(securityHeaders('page', production)).not.toHaveProperty('Strict-Transport-Security')
    expect(securityHeaders('page', { ...production, https: true })['Strict-Transport-Security']).toBe(HSTS)
    expect(HSTS).toMatch(/max-age=\d{8,}/)
  })
})

describe('createNonce', () => {
  it('is 128 random bits in base64, new each time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce))
    expect(nonces.size).toBe(1000)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})
