import { describe, expect, it } from 'vitest'

import { clientAddress, isHttps, rateLimitKey, trustedProxyHops } from '../../src/lib/security/client'
import { peerAddress, peerHeaderValue } from '../../src/lib/security/peer'

describe('clientAddress', () => {
  it('believes only the TCP peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ peer: '203.0.113.7', forwardedFor: '198.51.100.1', hops: 0 })).toBe('203.0.113.7')
    expect(clientAddress({ peer: null, forwardedFor: '198.51.100.1', hops: 0 })).toBeNull()
  })

  it('behind one trusted proxy takes the address that proxy appended, not what the client wrote before it', () => {
    expect(clientAddress({ peer: '10.0.0.2', forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.7', hops: 1 })).toBe(
      '203.0.113.7',
    )
  })

  it('behind two trusted proxies steps back two entries', () => {
    expect(clientAddress({ peer: '10.0.0.2', forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.9', hops: 2 })).toBe(
      '203.0.113.7',
    )
  })

  it('falls back to the furthest known hop when the header is shorter than the trusted chain', () => {
    expect(clientAddress({ peer: '10.0.0.2', forwardedFor: null, hops: 1 })).toBe('10.0.0.2')
    expect(clientAddress({ peer: '10.0.0.2', forwardedFor: '203.0.113.7', hops: 3 })).toBe('203.0.113.7')
  })
})

describe('rateLimitKey', () => {
  it('counts an IPv4-mapped address as the IPv4 address', () => {
    expect(rateLimitKey('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7')
  })

  it('counts a whole IPv6 /64 as one client', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe(rateLimitKey('2001:db8:1:2:ffff:ffff:ffff:ffff'))
    expect(rateLimitKey('2001:db8:1:2::1')).not.toBe(rateLimitKey('2001:db8:1:3::1'))
  })

  it('puts every request of unknown origin in one shared bucket', () => {
    expect(rateLimitKey(null)).toBe('unknown')
    expect(rateLimitKey('not an address'.repeat(20)).length).toBeLessThanOrEqual(64)
  })
})

describe('trustedProxyHops', () => {
  it('is 0 unless set, and refuses anything but a whole number', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('')).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    for (const bad of ['yes', 'true', '-1', '1.5'])
      expect(() => trustedProxyHops(bad), bad).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})

describe('isHttps', () => {
  it('is true when the public URL is https', () => {
    expect(isHttps({ serverURL: 'https://subtext.example', forwardedProto: null, hops: 0 })).toBe(true)
    expect(isHttps({ serverURL: 'http://localhost:3000', forwardedProto: null, hops: 0 })).toBe(false)
    expect(isHttps({ serverURL: undefined, forwardedProto: null, hops: 0 })).toBe(false)
  })

  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    expect(isHttps({ serverURL: undefined, forwardedProto: 'https', hops: 0 })).toBe(false)
    expect(isHttps({ serverURL: undefined, forwardedProto: 'https', hops: 1 })).toBe(true)
    expect(isHttps({ serverURL: undefined, forwardedProto: 'http', hops: 1 })).toBe(false)
  })
})

describe('peerAddress', () => {
  const secret = 'start-up-secret'
  it('reads the address the server recorded', () => {
    expect(peerAddress(peerHeaderValue(secret, '127.0.0.2'), secret)).toBe('127.0.0.2')
  })

  it('ignores a header the client wrote, and everything before the recorder is installed', () => {
    expect(peerAddress('203.0.113.7', secret)).toBeNull()
    expect(peerAddress('guessed-secret 203.0.113.7', secret)).toBeNull()
    expect(peerAddress(null, secret)).toBeNull()
    expect(peerAddress(peerHeaderValue(secret, '127.0.0.2'), undefined)).toBeNull()
    expect(peerAddress(peerHeaderValue(secret, undefined), secret)).toBeNull()
  })
})
