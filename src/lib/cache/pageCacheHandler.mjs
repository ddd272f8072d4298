import { createRequire } from 'node:module'

import { predatesChange, RENDER_HEADER, renderHeader, renderStartedAt } from './renderFreshness.mjs'

// Next's own cache (pages, route handlers, unstable_cache data), with one rule added: an entry
// whose render began before a change to one of its tags is stale, however recently it was stored
// (renderFreshness.mjs says why Next's stamp, the time of storing, is not enough). It extends
// Next's default handler rather than a maintained one because the rule is the point: a shared
// handler (several instances on Redis) needs the same rule on top of its own store.
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

/** When each stored value's render began; kept only as long as Next keeps the value. */
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

export default class PageCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    const value = entry?.value
    if (!value) return entry
    const startedAt = renderStarts.get(value)
    // A miss makes Next render again, blocking, so no reader is handed the stale copy.
    if (startedAt !== undefined && predatesChange(startedAt, tagsOf(value, ctx))) return null
    return entry
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    // Next stores an entry again unchanged when a new render fails: it keeps its first start.
    if (data && typeof data === 'object' && !renderStarts.has(data)) {
      const startedAt = renderStartedAt()
      renderStarts.set(data, startedAt)
      if (data.headers && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE'))
        data.headers[RENDER_HEADER] = renderHeader(startedAt, tagsOf(data, ctx))
    }
    return super.set(key, data, ctx)
  }
}
