import { afterEach, describe, expect, it, vi } from 'vitest'
import { RateLimiterMemory } from 'rate-limiter-flexible'

import { accountKey, consumeAttempts, createLimiters, LIMITS, type Attempt } from '../../src/lib/security/rateLimit'
import { tooManyMessage, tooManyRequests } from '../../src/lib/security/tooManyRequests'

const login = (email: string): Attempt => ({ kind: 'login', email })
const search: Attempt = { kind: 'search' }

async function countUntilLimited(
  limiters: ReturnType<typeof createLimiters>,
  address: string,
  attempt: Attempt,
  max = 1000,
) {
  for (let i = 1; i <= max; i++) {
    const limited = await consumeAttempts(limiters, address, [attempt])
    if (limited) return { allowed: i - 1, limited }
  }
  return { allowed: max, limited: null }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('consumeAttempts', () => {
  it('refuses the login after the per-account limit, with the time left in the window', async () => {
    const { allowed, limited } = await countUntilLimited(createLimiters(), '203.0.113.7', login('editor@example.test'))
    expect(allowed).toBe(LIMITS.loginPerAccount.points)
    expect(limited?.kind).toBe('login')
    expect(limited?.retryAfterSeconds).toBeGreaterThan(0)
    expect(limited?.retryAfterSeconds).toBeLessThanOrEqual(LIMITS.loginPerAccount.duration)
  })

  it('counts an account whatever the case of its email', async () => {
    const limiters = createLimiters()
    for (let i = 0; i < LIMITS.loginPerAccount.points; i++) {
      expect(
        await consumeAttempts(limiters, '203.0.113.7', [login(i % 2 ? 'Editor@Example.test' : ' editor@example.test')]),
      ).toBeNull()
    }
    expect(await consumeAttempts(limiters, '203.0.113.7', [login('EDITOR@EXAMPLE.TEST')])).not.toBeNull()
  })

  it('refuses an address trying many accounts once it reaches the per-address limit', async () => {
    const limiters = createLimiters()
    let allowed = 0
    for (let i = 0; i < LIMITS.loginPerAddress.points + 5; i++) {
      if (!(await consumeAttempts(limiters, '203.0.113.7', [login(`user${i}@example.test`)]))) allowed++
    }
    expect(allowed).toBe(LIMITS.loginPerAddress.points)
    // Another address is untouched.
    expect(await consumeAttempts(limiters, '203.0.113.8', [login('user0@example.test')])).toBeNull()
  })

  it('keeps other addresses and other accounts apart', async () => {
    const limiters = createLimiters()
    await countUntilLimited(limiters, '203.0.113.7', login('editor@example.test'))
    expect(await consumeAttempts(limiters, '203.0.113.8', [login('editor@example.test')])).toBeNull()
    expect(await consumeAttempts(limiters, '203.0.113.7', [login('writer@example.test')])).toBeNull()
  })

  it('limits searches per address', async () => {
    const limiters = createLimiters()
    const { allowed, limited } = await countUntilLimited(limiters, '203.0.113.7', search)
    expect(allowed).toBe(LIMITS.search.points)
    expect(limited?.kind).toBe('search')
    expect(await consumeAttempts(limiters, '203.0.113.8', [search])).toBeNull()
  })

  it('counts every attempt in one request (aliased GraphQL logins)', async () => {
    const limiters = createLimiters()
    const many = Array.from({ length: LIMITS.loginPerAccount.points + 1 }, () => login('editor@example.test'))
    expect(await consumeAttempts(limiters, '203.0.113.7', many)).not.toBeNull()
  })

  it('lets the address in again when the window ends, and forgets it', async () => {
    vi.useFakeTimers()
    const limiter = new RateLimiterMemory({ keyPrefix: 'search', ...LIMITS.search })
    const limiters = { ...createLimiters(), search: limiter }
    expect((await countUntilLimited(limiters, '203.0.113.7', search)).limited).not.toBeNull()
    vi.advanceTimersByTime(LIMITS.search.duration * 1000 + 1)
    // The store's timer has deleted the entry: state does not outlive its window.
    expect(await limiter.get('203.0.113.7')).toBeNull()
    expect(await consumeAttempts(limiters, '203.0.113.7', [search])).toBeNull()
  })
})

describe('accountKey', () => {
  it('bounds the key', () => {
    expect(accountKey('x'.repeat(10_000))).toHaveLength(254)
  })
})

describe('tooManyRequests', () => {
  const limited = { kind: 'login' as const, retryAfterSeconds: 42 }

  it('answers the API with 429, Retry-After and a JSON error in Payload’s shape', async () => {
    const response = tooManyRequests(limited, true, { 'X-Content-Type-Options': 'nosniff' })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('42')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.json()).toEqual({
      errors: [{ message: 'Too many login attempts from your address. Try again in 42 seconds.' }],
    })
  })

  it('answers the search page with a small page without script', async () => {
    const response = tooManyRequests({ kind: 'search', retryAfterSeconds: 1 }, false, {})
    expect(response.status).toBe(429)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain(tooManyMessage({ kind: 'search', retryAfterSeconds: 1 }))
    expect(html).toContain('1 second.')
    expect(html).not.toMatch(/<script|style=/i)
  })
})
