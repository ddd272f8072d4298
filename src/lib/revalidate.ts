import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { CollectionSlug, Config, Payload } from 'payload'

import { markChanged } from './cache/renderFreshness.mjs'
import { shareChanges } from './cache/sharedTagTimes.mjs'
import { purgeFront } from './front/purge'
import { siteURL } from './urls'
import { collectionTag, documentTag } from './tags'

// Knows which cache tags a document's change touches, and expires exactly those. Collections'
// hooks call it for every change, so an edit in the admin, an import or a scheduled publish is
// visible on the next request.

/** Collections whose documents Payload's search plugin indexes; their changes touch search too. */
const INDEXED: readonly string[] = ['films', 'symbols', 'essays', 'themes', 'people']

type Slugged = { slug?: string | null; _status?: string | null } | null | undefined

const isPublic = (doc: Slugged): boolean => Boolean(doc) && doc?._status !== 'draft'

/**
 * `everPublished` matters because a draft save's previousDoc is the latest draft, not what the site
 * shows: unpublishing a film that has a pending draft edit looks like draft → draft.
 */
export function tagsForChange(
  collection: CollectionSlug,
  doc: Slugged,
  previousDoc?: Slugged,
  everPublished = false,
): string[] {
  // Saving a draft of something never published shows nowhere on the public site.
  if (!isPublic(doc) && !isPublic(previousDoc) && !everPublished) return []
  const tags = new Set<string>([collectionTag(collection)])
  for (const slug of [doc?.slug, previousDoc?.slug]) if (slug) tags.add(documentTag(collection, slug))
  if (INDEXED.includes(collection)) tags.add(collectionTag('search'))
  return [...tags]
}

/** The shared secret a server and its importer use to ask for revalidation over HTTP. */
export const revalidationToken = (secret: string): string =>
  createHmac('sha256', secret).update('subtext:revalidate').digest('hex')

export const isRevalidationToken = (given: string | null, secret: string): boolean => {
  const expected = Buffer.from(revalidationToken(secret))
  const actual = Buffer.from(given ?? '')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * Marks the config of a process that does not hold the site's secret (a command-line tool started
 * without PAYLOAD_SECRET, src/cli/payload.ts): the site would refuse its request, so it sends none.
 */
export const withoutSiteSecret = (custom: Config['custom']): NonNullable<Config['custom']> => ({
  ...custom,
  siteSecretUnknown: true,
})

/** The secret this process signs the site's /revalidate request with, or null when it does not hold the site's. */
export const signingSecret = (payload: Payload): string | null =>
  payload.config.custom?.siteSecretUnknown ? null : payload.secret

// Outside a request (the CLIs, the job runner's timers) or inside a render, Next refuses to expire tags here.
const OUTSIDE_NEXT = /static generation store missing|can't be called during render/

/**
 * Expire the tags now, so the next request renders fresh content rather than a stale copy, and
 * empty the caching front (when FRONT_PURGE_URL names one). Callers run this once the change is
 * committed (collections/hooks/revalidate.ts), or a visitor's request could fill both caches with
 * the old content again.
 *
 * The change is marked first, synchronously: Next applies a request's `revalidateTag` only after
 * the handler returns, and keeps a render that began before it as fresh. The mark is what the
 * page cache (src/lib/cache/pageCacheHandler.mjs) and the front's shareability check
 * (requestStart.ts) go by, so by the time the front is purged no render that read the old content
 * can be stored or shared again (docs/caching.md, "Freshness under concurrent readers").
 *
 * With several instances (REDIS_URL) the mark reaches the others through Redis before the front is
 * purged: their next request, and any render of theirs begun before the change, go by it too. The
 * front is purged here only, by the instance that made the change: once per change, not per instance.
 */
export async function expireTags(tags: string[]): Promise<void> {
  const at = markChanged(tags)
  // Next refuses this outside a request (a CLI), before the change is shared: a CLI never opens a
  // Redis connection, which would keep it running; it asks the site instead (revalidateTags).
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  await shareChanges(tags, at)
  await purgeFront()
}

/** No site running is normal for the CLIs: there is then nothing cached to go stale. */
const NO_SERVER = /ECONNREFUSED/

/**
 * Inside a request (admin saves, REST) tags expire directly. Outside one (the CLIs, and the job
 * runner's timers in the server itself) Next has no request to expire them in, so the running
 * site is asked over HTTP, when this process holds its secret. A busy server may take a while to
 * answer; failing that, say so, since pages would stay stale.
 */
export async function revalidateTags(tags: string[], secret: string | null): Promise<void> {
  if (tags.length === 0) return
  try {
    await expireTags(tags)
  } catch (error) {
    if (!OUTSIDE_NEXT.test(String(error))) throw error
    if (secret === null) return // the tool said so once when it started
    await fetch(`${siteURL()}/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${revalidationToken(secret)}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(15_000),
    }).then(
      (response) => {
        if (!response.ok)
          console.warn(
            `revalidation of ${tags.join(', ')} answered ${response.status}; those pages may be stale until they expire`,
          )
      },
      (failure: Error) => {
        const reason = `${failure.message} ${String((failure.cause as Error | undefined)?.message ?? '')}`
        if (!NO_SERVER.test(reason))
          console.warn(
            `revalidation of ${tags.join(', ')} failed (${reason.trim()}); those pages may be stale until they expire`,
          )
      },
    )
  }
}
