import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as RedisConnection from '../../src/lib/cache/redis.mjs'
import type * as RenderFreshness from '../../src/lib/cache/renderFreshness.mjs'
import type * as SharedTagTimes from '../../src/lib/cache/sharedTagTimes.mjs'
import { startPrivateRedis, type PrivateRedis } from '../helpers/redisServer'
import { data, page, pageCtx, tag } from './helpers/cacheEntries'

// The page cache and the tag change times as several instances share them through Redis. The
// other instance is played by a second Redis connection writing what its markChanged would.
// Every module is loaded after REDIS_URL names a Redis of this file's own, which it stops and
// starts again to see the cache without it.

type Freshness = typeof RenderFreshness
type TagTimes = typeof SharedTagTimes
type Connection = typeof RedisConnection

let redis: PrivateRedis
let other: ReturnType<typeof createClient>
let handler: { get(key: string, ctx: object): Promise<any>; set(key: string, data: object, ctx: object): Promise<void> }
let freshness: Freshness
let tagTimes: TagTimes
let connection: Connection

const PREFIX = 'unit-shared-cache:'
const TAG_TIMES = `${PREFIX}tag-times`
const now = () => performance.timeOrigin + performance.now()

/** Stores `value` from inside a request, with `during` run after the request began. */
const render = (key: string, value: object, ctx: object, during: () => Promise<unknown> = async () => {}) =>
  freshness.withRequestClock(async () => {
    await during()
    await handler.set(key, value, { ...ctx, cacheControl: { revalidate: 60, expire: 3600 } })
  })

/** What another instance's publish leaves in Redis. */
const changedElsewhere = (name: string) => other.hSet(TAG_TIMES, name, String(now()))

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 4000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

beforeAll(async () => {
  redis = await startPrivateRedis()
  process.env.REDIS_URL = redis.url
  process.env.REDIS_KEY_PREFIX = PREFIX
  other = createClient({ url: redis.url })
  other.on('error', () => {})
  await other.connect()
  freshness = await import('../../src/lib/cache/renderFreshness.mjs')
  tagTimes = await import('../../src/lib/cache/sharedTagTimes.mjs')
  connection = await import('../../src/lib/cache/redis.mjs')
  const { default: SharedCacheHandler } = await import('../../src/lib/cache/pageCacheHandler.mjs')
  handler = new SharedCacheHandler({ serverDistDir: mkdtempSync(path.join(tmpdir(), 'subtext-cache-')), dev: false })
  await until(() => connection.readyRedis() !== null, 'the first connection')
})

afterAll(async () => {
  connection?.sharedRedis()?.destroy()
  if (other?.isOpen) other.destroy()
  await redis?.stop()
  delete process.env.REDIS_URL
  delete process.env.REDIS_KEY_PREFIX
})

describe('the shared page cache', () => {
  it('keeps entries in Redis, under the site’s prefix', async () => {
    const film = tag('film')
    await render('/stored/page', page(['films', film]), pageCtx)
    expect((await handler.get('/stored/page', pageCtx))?.value.html).toBe('<p>page</p>')
    expect(await other.exists(`${PREFIX}cache:/stored/page`)).toBe(1)
  })

  it('treats a page whose render began before another instance’s change as a miss, though stored after it', async () => {
    const film = tag('film')
    await render('/race/page', page(['films', film]), pageCtx, () => changedElsewhere(film))
    expect(await handler.get('/race/page', pageCtx)).toBeNull()
  })

  it('does the same for data cached under a tag another instance changed', async () => {
    const film = tag('film')
    const ctx = { kind: 'FETCH', tags: [film] }
    await render('race-data', data([film]), ctx, () => changedElsewhere(film))
    expect(await handler.get('race-data', ctx)).toBeNull()
    await render('later-data', data([film]), ctx)
    expect((await handler.get('later-data', ctx))?.value.data.body).toBe('"rows"')
  })

  it('marks a page rendered before another instance’s change for the response check as it stores it', async () => {
    const film = tag('film')
    const value = page([film])
    await render('/header/page', value, pageCtx, () => changedElsewhere(film))
    // The response that follows the store goes by this (src/lib/cache/staleRenders.ts).
    expect(freshness.headerPredatesChange(value.headers[freshness.RENDER_HEADER]!)).toBe(true)
  })
})

describe('the shared tag change times', () => {
  it('are written to Redis, and a later change is never undone by an earlier one', async () => {
    const film = tag('film')
    await tagTimes.shareChanges([film], 2000)
    await tagTimes.shareChanges([film], 1000)
    expect(await other.hGet(TAG_TIMES, film)).toBe('2000')
  })

  it('are learnt from Redis', async () => {
    const film = tag('film')
    await other.hSet(TAG_TIMES, film, '5000')
    expect(freshness.predatesChange(4000, [film])).toBe(false)
    expect(await tagTimes.learnSharedChanges([film])).toBe(true)
    expect(freshness.predatesChange(4000, [film])).toBe(true)
    expect(freshness.predatesChange(6000, [film])).toBe(false)
  })
})

describe('without Redis', () => {
  it('serves without the cache at once, keeps its changes, and on Redis’s return writes them and trusts nothing older', async () => {
    const film = tag('film')
    await render('/outage/page', page([film]), pageCtx)
    const beforeOutage = now()
    await redis.stop()
    await until(() => connection.readyRedis() === null, 'noticing Redis is gone')

    const started = Date.now()
    expect(await handler.get('/outage/page', pageCtx)).toBeNull()
    await render('/outage/other', page([tag('other')]), pageCtx)
    const changedAt = freshness.markChanged([film])
    await tagTimes.shareChanges([film], changedAt)
    expect(await tagTimes.learnSharedChanges([film])).toBe(false)
    // Short of the connect and command timeouts: nothing waits for Redis while it is known to be away.
    expect(Date.now() - started).toBeLessThan(500)

    await redis.start()
    await until(() => connection.readyRedis() !== null, 'reconnecting')
    // Every render begun before the return is stale here, whatever it shows.
    expect(freshness.predatesChange(beforeOutage, [tag('untouched')])).toBe(true)
    expect(await handler.get('/outage/other', pageCtx)).toBeNull()
    // The change made meanwhile reaches Redis, for the other instances.
    await until(() => other.isReady, 'the other connection reconnecting')
    await until(async () => Number(await other.hGet(TAG_TIMES, film)) === changedAt, 'the change written')
  })
})
