import { sequentialTimes } from '../lib/http.mjs'
import { percentiles } from '../lib/stats.mjs'
import { verdict } from '../lib/table.mjs'
import { FILM_PATH, latencySummary, missEveryCache } from './shared.mjs'

// Figure 3: what a render costs the server when nothing is cached, one request at a time: the
// film page and `/` with every cache tag expired before each request, and the REST list.

export async function serverTimeFigures({ plan, app, bare, log }) {
  const timed = async (path, options) =>
    percentiles(await sequentialTimes(`${app.baseURL}${path}`, plan.samples, options))
  log('figure 3: bare static page at one connection')
  const bareTimes = percentiles(await sequentialTimes(`${bare.baseURL}/`, plan.samples))
  const reference = `bare static page, cached: ${latencySummary(bareTimes)}`
  log('figure 3: uncached film page and /')
  const film = await timed(FILM_PATH, { before: missEveryCache(app) })
  const home = await timed('/', { before: missEveryCache(app) })
  log('figure 3: GET /api/films?limit=10')
  const api = await timed('/api/films?limit=10')
  return [
    {
      figure: '3',
      what: 'film page, uncached render, one connection',
      measured: latencySummary(film),
      reference,
      target: 'p50 ≤ 8 ms',
      verdict: verdict(film.p50 <= 8),
    },
    {
      figure: '3',
      what: '`/`, uncached render, one connection',
      measured: latencySummary(home),
      reference,
      target: '',
      verdict: '–',
    },
    {
      figure: '3',
      what: '`GET /api/films?limit=10`, one connection',
      measured: latencySummary(api),
      reference,
      target: 'p50 ≤ 10 ms',
      verdict: verdict(api.p50 <= 10),
    },
  ]
}
