import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { redisKeyPrefix, sharedRedis } from '../cache/redis.mjs'

/**
 * Login and search limits, counted per client address (`client.ts`) by rate-limiter-flexible: in
 * this server's memory, or in Redis when REDIS_URL is set, so that several instances behind one
 * front count together. Each counter is a fixed window that the store deletes when it ends, so
 * the state held is at most one entry per address (and per address and email) seen in the last
 * window: it never grows with time. While Redis is unreachable each instance counts in its own
 * memory (the library's insurance limiter), so the limits still hold, per instance.
 */

export const LIMITS = {
  /** Guessing one account's password from one address. Payload also locks the account after 5 failures. */
  loginPerAccount: { points: 10, duration: 60 },
  /** Trying many accounts from one address (password spraying), whatever the email. */
  loginPerAddress: { points: 60, duration: 10 * 60 },
  /** Searches from one address: a reader types a few a minute; a scraper or flood many more. */
  search: { points: 60, duration: 60 },
} as const

export type Attempt = { kind: 'login'; email: string } | { kind: 'search' }

export type Limited = { kind: Attempt['kind']; retryAfterSeconds: number }

type Limiters = Record<keyof typeof LIMITS, Pick<RateLimiterMemory, 'consume'>>

type Redis = NonNullable<ReturnType<typeof sharedRedis>>

function limiter(keyPrefix: string, limit: { points: number; duration: number }, redis: Redis | null) {
  const inMemory = new RateLimiterMemory({ keyPrefix, ...limit })
  if (!redis) return inMemory
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    // Straight to the memory counters when Redis is away, rather than waiting for a timeout each time.
    rejectIfRedisNotReady: true,
    insuranceLimiter: inMemory,
    keyPrefix: `${redisKeyPrefix()}${keyPrefix}`,
    ...limit,
  })
}

export const createLimiters = (redis: Redis | null = sharedRedis()): Limiters => ({
  loginPerAccount: limiter('login-account', LIMITS.loginPerAccount, redis),
  loginPerAddress: limiter('login-address', LIMITS.loginPerAddress, redis),
  search: limiter('search', LIMITS.search, redis),
})

/** Emails are case-insensitive at Payload's login; bounded so a key cannot be made huge. */
export const accountKey = (email: string): string => email.trim().toLowerCase().slice(0, 254)

/**
 * Count the attempts against `address`; the first one over a limit stops the request, with how
 * long until that limit's window ends.
 */
export async function consumeAttempts(
  limiters: Limiters,
  address: string,
  attempts: Attempt[],
): Promise<Limited | null> {
  for (const attempt of attempts) {
    const counted =
      attempt.kind === 'login'
        ? [
            () => limiters.loginPerAddress.consume(address),
            () => limiters.loginPerAccount.consume(`${address}|${accountKey(attempt.email)}`),
          ]
        : [() => limiters.search.consume(address)]
    try {
      // One after the other: a request refused by the address limit does not count against the account.
      for (const count of counted) await count()
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      return { kind: attempt.kind, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    }
  }
  return null
}

/** One set of counters per server process, on globalThis so a re-evaluated module keeps them. */
const KEY = Symbol.for('subtext.rate-limiters')
export function serverLimiters(): Limiters {
  const g = globalThis as typeof globalThis & { [KEY]?: Limiters }
  return (g[KEY] ??= createLimiters())
}
