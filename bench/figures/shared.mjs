import { expireTags } from '../lib/http.mjs'
import { count, ms } from '../lib/table.mjs'

// What several figures share: the film page they measure, how to make a request miss every cache,
// and how a load or latency result reads in the table.

export const FILM_SLUG = 'miracle-in-cell-no-7'
export const FILM_PATH = `/films/${FILM_SLUG}`

// Every collection's tag (src/lib/tags.ts) and the film's own: expiring them all makes the next
// request of any page render from the database again, its data cache included.
const COLLECTION_TAGS = ['films', 'symbols', 'essays', 'themes', 'genres', 'people', 'media', 'search']

/** A `before` hook for sequentialTimes: expire everything before each timed request. */
export const missEveryCache = (app) => () => expireTags(app, [...COLLECTION_TAGS, `films:${FILM_SLUG}`])

/** `812 req/s · p50 34 ms · p99 113 ms`, with any error counts wrk saw. */
export function loadSummary(result) {
  const errors = result.non2xx + result.socketErrors
  return (
    `${count(result.requestsPerSecond)} req/s · p50 ${ms(result.p50)} · p99 ${ms(result.p99)}` +
    (errors ? ` (${result.non2xx} non-2xx, ${result.socketErrors} socket errors)` : '')
  )
}

/** `p50 4.1 ms · p90 5.0 ms · p99 9.2 ms (n=50)` */
export const latencySummary = ({ n, p50, p90, p99 }) => `p50 ${ms(p50)} · p90 ${ms(p90)} · p99 ${ms(p99)} (n=${n})`

/** The table row of a figure that could not run, with the reason. */
export const notRun = (figure, what, reason, target = '') => ({
  figure,
  what,
  measured: reason.startsWith('not run') ? reason : `failed: ${reason}`,
  reference: '',
  target,
  verdict: '–',
})
