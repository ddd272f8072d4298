import { AsyncLocalStorage } from 'node:async_hooks'

// What makes a cached render stale: it began before a change to content it shows.
//
// Next stamps a cache entry with the time it is stored, and expires a tag for entries stored
// before the expiry. A render that began before a publish and is stored after it (one still
// running, or a background stale-while-revalidate one, when the editor saves) is therefore kept
// as fresh, although it read the old content, and so is the data cached under it; concurrent
// readers join that render and get the old page too. This module knows when each request began
// and when each tag last changed, so that the cache handler (pageCacheHandler.mjs) and the shared
// caching front (requestStart.ts) can tell a render that predates a change from one that does not.
// docs/caching.md, "Freshness under concurrent readers", has the whole story.
//
// Plain JavaScript because Next loads the cache handler by path, unbundled, while the app's bundle
// holds a copy of this file of its own: the state therefore lives on globalThis, one per process.
//
// With several instances (REDIS_URL), the change times of every instance are shared through Redis
// (sharedTagTimes.mjs), which feeds them in here with `learnChanges`: the rule stays this one.

/** @typedef {{ requests: AsyncLocalStorage<number>, changedAt: Map<string, number>, everythingChangedAt: number }} Freshness */

const KEY = Symbol.for('subtext.renderFreshness')
const store = /** @type {Record<symbol, Freshness | undefined>} */ (/** @type {unknown} */ (globalThis))
const state = (store[KEY] ??= {
  requests: new AsyncLocalStorage(),
  changedAt: new Map(),
  everythingChangedAt: -Infinity,
})

/** Milliseconds, the same clock as Next's own tag expiries. */
const now = () => performance.timeOrigin + performance.now()

/**
 * The header that carries a cached page's render start and tags from the cache to the response,
 * where requestStart.ts reads it (and removes it) to decide whether a shared cache may keep it.
 */
export const RENDER_HEADER = 'x-subtext-render'

/**
 * Runs the handling of one request with its start time known to whatever it renders.
 * @template T
 * @param {() => T} handle
 * @returns {T}
 */
export const withRequestClock = (handle) => state.requests.run(now(), handle)

/**
 * When the request that is rendering now began: a render's data is at least that recent. Outside
 * any request (a build) the render begins now.
 * @returns {number}
 */
export const renderStartedAt = () => state.requests.getStore() ?? now()

/**
 * Content under these tags has changed (and is committed): every render begun before now is stale
 * for them. Called before Next's own expiry and before the front is purged (src/lib/revalidate.ts).
 * Gives the time it recorded, for the other instances to learn.
 * @param {readonly string[]} tags
 * @returns {number}
 */
export function markChanged(tags) {
  const at = now()
  learnChanges(tags.map((tag) => [tag, at]))
  return at
}

/**
 * Change times recorded elsewhere (another instance, through Redis). A time never moves back: an
 * older report of a tag's change does not undo a newer one.
 * @param {Iterable<[string, number]>} changes
 */
export function learnChanges(changes) {
  for (const [tag, at] of changes) if (at > (state.changedAt.get(tag) ?? -Infinity)) state.changedAt.set(tag, at)
}

/**
 * Anything may have changed unseen until now (the shared store was unreachable, and another
 * instance's changes may not have reached it): every render begun before now is stale.
 */
export function markEverythingChanged() {
  state.everythingChangedAt = now()
}

/**
 * Whether a render begun at `startedAt` showing content under `tags` predates a change to one of them.
 * @param {number} startedAt
 * @param {readonly string[]} tags
 */
export const predatesChange = (startedAt, tags) =>
  state.everythingChangedAt >= startedAt || tags.some((tag) => (state.changedAt.get(tag) ?? -Infinity) >= startedAt)

/**
 * The render header's value: `<started at> <tag>,<tag>…`.
 * @param {number} startedAt
 * @param {readonly string[]} tags
 */
export const renderHeader = (startedAt, tags) => `${startedAt} ${tags.join(',')}`

/**
 * Whether the response whose render header is `value` shows content older than a change to it.
 * @param {string} value
 */
export function headerPredatesChange(value) {
  const [startedAt = '', tags = ''] = value.split(' ')
  return predatesChange(Number(startedAt), tags.split(',').filter(Boolean))
}
