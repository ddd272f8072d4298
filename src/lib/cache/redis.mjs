import { createClient } from '@redis/client'

// The one Redis connection of a process, when REDIS_URL names a server: the shared page cache
// (pageCacheHandler.mjs), the tag change times (sharedTagTimes.mjs) and the rate limits
// (src/lib/security/rateLimit.ts) all use it. Plain JavaScript, its state on globalThis, for the
// reason renderFreshness.mjs gives: Next loads the cache handler outside the app's bundle.
//
// Redis is a cache here, never the only copy of anything: when it does not answer, every user of
// the connection falls back at once (the client neither queues commands while it is away nor
// waits long for a reply) and the site keeps serving. Losing it is logged once, its return once.

/** @typedef {ReturnType<typeof createClient>} Redis */
/** @typedef {{ client: Redis, lost: boolean, onReturn: Set<() => void> }} Connection */

/** How long a command may wait for its reply before its caller falls back. */
const COMMAND_TIMEOUT_MS = 1000

const KEY = Symbol.for('subtext.redis')
const store = /** @type {Record<symbol, Connection | undefined>} */ (/** @type {unknown} */ (globalThis))

/** Every key this site writes starts with this, so that several sites (or test runs) can share one server. */
export const redisKeyPrefix = () => process.env.REDIS_KEY_PREFIX || 'subtext:'

/** @returns {Connection | null} */
function connection() {
  const url = process.env.REDIS_URL
  if (!url) return null
  const existing = store[KEY]
  if (existing) return existing
  const client = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 5000,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS, rejectInFlight: true },
    socket: { connectTimeout: COMMAND_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  })
  /** @type {Connection} */
  const created = { client, lost: false, onReturn: new Set() }
  client.on('error', (/** @type {Error} */ error) => {
    if (created.lost) return
    created.lost = true
    console.warn(
      `Redis at ${url} is unreachable (${error.message}): pages are rendered without the shared cache and rate limits are counted in memory until it returns`,
    )
  })
  client.on('ready', () => {
    if (!created.lost) return
    created.lost = false
    console.info(`Redis at ${url} is back: the shared cache and rate limits are in use again`)
    for (const callback of created.onReturn) callback()
  })
  // Never awaited: a site that starts while Redis is away serves without it, and the client keeps trying.
  client.connect().catch(() => {})
  store[KEY] = created
  return created
}

/** The connection when REDIS_URL is set, whether or not Redis answers now; null without REDIS_URL. */
export const sharedRedis = () => connection()?.client ?? null

/** The connection when Redis answers now, for a caller that would rather fall back than wait. */
export function readyRedis() {
  const client = sharedRedis()
  return client?.isReady ? client : null
}

/**
 * Runs `callback` (synchronously, before any command can use the connection again) each time Redis
 * returns after being unreachable, including when it first answers after the site started without it.
 * @param {() => void} callback
 */
export function onRedisReturn(callback) {
  connection()?.onReturn.add(callback)
}
