import { learnChanges, markEverythingChanged } from './renderFreshness.mjs'
import { onRedisReturn, readyRedis, redisKeyPrefix } from './redis.mjs'

// When each tag last changed, shared by every instance through one Redis hash, so that a publish
// on one instance makes stale, on all of them, the renders that began before it (the rule itself
// is renderFreshness.mjs's `predatesChange`; this file only carries the times).
//
// A change made while Redis is unreachable is kept here and written when it returns. On its
// return every render begun before counts as stale on this instance (markEverythingChanged): a
// change another instance made meanwhile may reach Redis only a moment later, or never if that
// instance stopped before it could. The cost is one render of each page after an outage.

/** @typedef {{ pending: Map<string, number> }} Shared */

const KEY = Symbol.for('subtext.sharedTagTimes')
const store = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis))

/**
 * Sets each tag's time unless Redis already holds a later one (instances' clocks and the order
 * their writes arrive in must not move a change back).
 */
const RECORD_LATEST = `
for i = 1, #ARGV, 2 do
  local known = tonumber(redis.call('HGET', KEYS[1], ARGV[i]))
  if not known or known < tonumber(ARGV[i + 1]) then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 0`

const hashKey = () => `${redisKeyPrefix()}tag-times`

function shared() {
  let state = store[KEY]
  if (!state) {
    state = store[KEY] = { pending: new Map() }
    onRedisReturn(() => {
      markEverythingChanged()
      void writePending()
    })
  }
  return state
}

/** Writes the changes Redis has not heard of yet; those it cannot write stay for its return. */
async function writePending() {
  const { pending } = shared()
  const redis = readyRedis()
  if (!redis || pending.size === 0) return
  const sent = [...pending]
  try {
    await redis.eval(RECORD_LATEST, { keys: [hashKey()], arguments: sent.flatMap(([tag, at]) => [tag, String(at)]) })
  } catch {
    return
  }
  // A change recorded again while this write was on its way stays pending.
  for (const [tag, at] of sent) if (pending.get(tag) === at) pending.delete(tag)
}

/**
 * Tells every instance that content under `tags` changed at `at` (from markChanged). Resolves once
 * Redis has it, or at once when Redis is unreachable (the change is then written on its return).
 * @param {readonly string[]} tags
 * @param {number} at
 */
export async function shareChanges(tags, at) {
  const { pending } = shared()
  for (const tag of tags) if (at > (pending.get(tag) ?? -Infinity)) pending.set(tag, at)
  await writePending()
}

/**
 * Learns when other instances last changed `tags`, before the freshness rule is applied to them.
 * False when Redis could not say: a caller must then not vouch for anything it read from there.
 * @param {readonly string[]} tags
 * @returns {Promise<boolean>}
 */
export async function learnSharedChanges(tags) {
  shared()
  if (tags.length === 0) return true
  const redis = readyRedis()
  if (!redis) return false
  try {
    const times = await redis.hmGet(hashKey(), [...tags])
    /** @type {[string, number][]} */
    const known = []
    times.forEach((time, index) => {
      if (time !== null) known.push([/** @type {string} */ (tags[index]), Number(time)])
    })
    learnChanges(known)
    return true
  } catch {
    return false
  }
}
