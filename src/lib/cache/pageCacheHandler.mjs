import { createRequire } from 'node:module'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { redisKeyPrefix, sharedRedis } from './redis.mjs'
import { predatesChange, RENDER_HEADER, renderHeader, renderStartedAt } from './renderFreshness.mjs'
import { learnSharedChanges } from './sharedTagTimes.mjs'

// Next's cache (pages, route handlers, unstable_cache data), with one rule added: an entry whose
// render began before a change to one of its tags is stale, however recently it was stored
// (renderFreshness.mjs says why Next's stamp, the time of storing, is not enough).
//
// Where entries live:
// - one process (no REDIS_URL, and always during `next build`): Next's own default store, in memory;
// - several instances (REDIS_URL): Redis, through @fortedigital/nextjs-cache-handler's
//   `redis-strings` handler, which every instance reads and writes, and which deletes the entries
//   of an expired tag for all of them. The tag change times are shared too (sharedTagTimes.mjs),
//   so that a publish on one instance makes stale a render another instance had begun before it.
//   When Redis does not answer, the handler finds nothing and stores nothing: pages are rendered.
//
// Next loads this file by path (next.config.mjs `cacheHandler`), outside the app's bundle, and makes
// a new instance per request: the entries and their render starts live in static state.

// Required rather than imported: Next's CommonJS module exports the class as `default`, which an
// ESM default import would see one level deeper under Node than under a bundler.
/** @type {{ default: new (context: unknown) => { get(key: string, ctx: any): Promise<any>; set(key: string, data: any, ctx: any): Promise<void> } }} */
const { default: FileSystemCache } = createRequire(import.meta.url)(
  'next/dist/server/lib/incremental-cache/file-system-cache.js',
)

const TAGS_HEADER = 'x-next-cache-tags'

/** When each value in hand was rendered; for a value kept in memory, as long as Next keeps it. */
const renderStarts = new WeakMap()

/**
 * The tags a cached value shows content under: a page's or route's are in its headers, a data
 * entry's come with it and with the request for it.
 * @param {any} value
 * @param {any} ctx
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  if (value.kind === 'FETCH') return [...(value.tags ?? []), ...(ctx?.tags ?? [])]
  const header = value.headers?.[TAGS_HEADER]
  return typeof header === 'string' ? header.split(',').filter(Boolean) : []
}

/**
 * What differs between the stores. `learn` brings in the change times other instances recorded;
 * `storedStart` is the render start a store keeps with an entry, when the value itself does not
 * outlive the request (it comes from Redis); `stampContext` asks the store to keep it.
 * @typedef {{
 *   Store: new (context: unknown) => { get(key: string, ctx: any): Promise<any>; set(key: string, data: any, ctx: any): Promise<void> },
 *   learn: (tags: readonly string[]) => Promise<boolean>,
 *   storedStart: (entry: any) => number | undefined,
 *   stampContext: (ctx: any, startedAt: number) => any,
 * }} Backing
 */

/** @param {Backing} backing */
const withFreshnessRule = ({ Store, learn, storedStart, stampContext }) =>
  class FreshCache extends Store {
    /**
     * @param {string} key
     * @param {any} ctx
     */
    async get(key, ctx) {
      const entry = await super.get(key, ctx)
      const value = entry?.value
      if (!value) return entry
      const stored = storedStart(entry)
      if (stored !== undefined) renderStarts.set(value, stored)
      const startedAt = renderStarts.get(value)
      if (startedAt === undefined) return entry
      const tags = tagsOf(value, ctx)
      // A miss makes Next render again, blocking, so no reader is handed the stale copy; so does
      // an entry whose freshness cannot be checked.
      if (!(await learn(tags)) || predatesChange(startedAt, tags)) return null
      return entry
    }

    /**
     * @param {string} key
     * @param {any} data
     * @param {any} ctx
     */
    async set(key, data, ctx) {
      if (!data || typeof data !== 'object') return super.set(key, data, ctx)
      // Next stores an entry again unchanged when a new render fails: it keeps its first start.
      const startedAt = renderStarts.get(data) ?? renderStartedAt()
      renderStarts.set(data, startedAt)
      const tags = tagsOf(data, ctx)
      // The response that follows is checked against the change times (staleRenders.ts): let them be current.
      await learn(tags)
      if (data.headers && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE'))
        data.headers[RENDER_HEADER] = renderHeader(startedAt, tags)
      return super.set(key, data, stampContext(ctx, startedAt))
    }
  }

/** @type {Backing} */
const inMemory = {
  Store: FileSystemCache,
  learn: async () => true,
  storedStart: () => undefined,
  stampContext: (ctx) => ctx,
}

/** @returns {Backing} */
function onRedis() {
  const client = /** @type {NonNullable<ReturnType<typeof sharedRedis>>} */ (sharedRedis())
  CacheHandler.onCreation(() => ({
    handlers: [createRedisHandler({ client, keyPrefix: `${redisKeyPrefix()}cache:`, timeoutMs: 1000 })],
  }))
  return {
    Store: /** @type {Backing['Store']} */ (/** @type {unknown} */ (CacheHandler)),
    learn: learnSharedChanges,
    // The handler stamps an entry with `internal_lastModified` when given one: the render start. It
    // keeps whole milliseconds, rounded: rounded down here, so a start never moves past a change.
    storedStart: (entry) => entry.lastModified,
    stampContext: (ctx, startedAt) => ({ ...ctx, internal_lastModified: Math.floor(startedAt) }),
  }
}

const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build'

export default withFreshnessRule(shared ? onRedis() : inMemory)
