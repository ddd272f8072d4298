import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import PageCacheHandler from '../../src/lib/cache/pageCacheHandler.mjs'
import { markChanged, RENDER_HEADER, renderHeader, withRequestClock } from '../../src/lib/cache/renderFreshness.mjs'
import { withholdStaleRenders } from '../../src/lib/cache/staleRenders'
import { data, page, pageCtx, tag } from './helpers/cacheEntries'

// A render that began before a change to what it shows must never be kept as fresh, whenever it
// is stored: Next's own cache stamps entries when they are stored, so a page (or the data under
// it) still rendering when an editor publishes stayed cached with the old content until its
// revalidate period ran out, and the front shared it.

// Memory only, as the app runs it (next.config.mjs: isrFlushToDisk false); keys that are not
// route-cache paths never touch the disk.
const handler = new PageCacheHandler({ flushToDisk: false, revalidatedTags: [], maxMemoryCacheSize: 10_000_000 })

/** Stores `value` from inside a request, with `during` run after the request began. */
const render = (key: string, value: object, ctx: object, during: () => void = () => {}) =>
  withRequestClock(async () => {
    during()
    await handler.set(key, value, { ...ctx, cacheControl: { revalidate: 60, expire: 3600 } })
  })

describe('the page cache', () => {
  it('treats a page whose render began before a change to one of its tags as a miss, though stored after it', async () => {
    const film = tag('film')
    await render('/race/page', page(['films', film]), pageCtx, () => markChanged([film]))
    expect(await handler.get('/race/page', pageCtx)).toBeNull()
  })

  it('keeps a page rendered after the change, and one whose tags did not change', async () => {
    const film = tag('film')
    markChanged([film])
    await render('/after/page', page(['films', film]), pageCtx)
    await render('/other/page', page([tag('other')]), pageCtx, () => markChanged([tag('unrelated')]))
    expect((await handler.get('/after/page', pageCtx))?.value.html).toBe('<p>page</p>')
    expect((await handler.get('/other/page', pageCtx))?.value.html).toBe('<p>page</p>')
  })

  it('treats data cached under a tag (unstable_cache) the same way', async () => {
    const films = tag('films')
    const ctx = { kind: 'FETCH', tags: [films], softTags: [] }
    await render('race-data', data([films]), ctx, () => markChanged([films]))
    await render('fresh-data', data([tag('films')]), { ...ctx, tags: [] })
    expect(await handler.get('race-data', ctx)).toBeNull()
    expect(await handler.get('fresh-data', { ...ctx, tags: [] })).not.toBeNull()
  })

  it('keeps an entry’s first render start when Next stores it again unchanged after a failed render', async () => {
    const film = tag('film')
    const old = page([film])
    await render('/retained/page', old, pageCtx, () => markChanged([film]))
    await render('/retained/page', old, pageCtx)
    expect(await handler.get('/retained/page', pageCtx)).toBeNull()
  })

  it('writes the render start and tags into a stored page’s headers, for the response', async () => {
    const film = tag('film')
    const value = page([film])
    await render('/header/page', value, pageCtx)
    expect(value.headers).toHaveProperty(RENDER_HEADER, expect.stringMatching(new RegExp(` ${film}$`)))
  })
})

describe('a response rendered before a change', () => {
  let server: Server
  let base = ''
  let sentRender = ''
  beforeAll(async () => {
    server = createServer((request, response) => {
      withholdStaleRenders(response)
      response.setHeader('cache-control', 's-maxage=60, stale-while-revalidate=3540')
      response.setHeader(RENDER_HEADER, sentRender)
      response.end('page')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('is kept from shared caches; one rendered after the change is not; the header never leaves', async () => {
    const film = tag('film')
    sentRender = renderHeader(performance.timeOrigin + performance.now(), ['films', film])
    markChanged([film])
    const stale = await fetch(base)
    expect(stale.headers.get('cache-control')).toMatch(/^private, no-cache, no-store/)
    expect(stale.headers.has(RENDER_HEADER)).toBe(false)

    sentRender = renderHeader(performance.timeOrigin + performance.now(), ['films', film])
    const fresh = await fetch(base)
    expect(fresh.headers.get('cache-control')).toBe('s-maxage=60, stale-while-revalidate=3540')
    expect(fresh.headers.has(RENDER_HEADER)).toBe(false)
  })
})
