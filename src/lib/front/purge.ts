// Empties the caching front's page cache (deploy/front, docs/front.md) when FRONT_PURGE_URL names
// it. Every change purges every cached page rather than the pages it touches: each change expires
// a collection tag anyway (a film's publish changes /, /films, its themes, people and genres), so
// most cached pages are stale after any change; and a page purged needlessly is refilled from
// Next's own page cache, which only the expired tags make render again, so it costs a cache
// read, not a render. A purge also needs no map from tags to every URL (and query string) the
// front may hold.

/** Where the front takes purges: deploy/front/nginx.conf.template (PURGE_PATH in deploy/front/front.mjs). */
export const PURGE_PATH = '/_front/purge'

/** A front that does not answer within this is reported and left; the write has been made. */
const PURGE_TIMEOUT_MS = 5_000

const stale = 'its pages stay stale until their s-maxage passes'

/**
 * One purge request for one change, sent after the change is committed (src/lib/revalidate.ts).
 * A failure is logged and never fails the write that caused it.
 */
export async function purgeFront(base: string | undefined = process.env.FRONT_PURGE_URL): Promise<void> {
  if (!base) return
  let target: URL
  try {
    target = new URL(PURGE_PATH, base)
  } catch {
    console.warn(`FRONT_PURGE_URL must be the front's base URL, e.g. http://127.0.0.1:8080; got "${base}"`)
    return
  }
  try {
    const response = await fetch(target, { method: 'POST', signal: AbortSignal.timeout(PURGE_TIMEOUT_MS) })
    if (!response.ok) console.warn(`purging the front at ${target.origin} answered ${response.status}; ${stale}`)
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message
    console.warn(
      `purging the front at ${target.origin} failed (${(error as Error).message}${cause ? `: ${cause}` : ''}); ${stale}`,
    )
  }
}
