import { timedGet } from '../lib/http.mjs'
import { startStaticNginx } from '../lib/nginx.mjs'
import { kB, verdict } from '../lib/table.mjs'
import { wrk } from '../lib/wrk.mjs'
import { FILM_PATH, loadSummary, notRun } from './shared.mjs'
import { FRONT_MISSING } from '../lib/front.mjs'

// Figures 1 and 2: the cached film page under 32 connections from Next alone and through the
// front, beside a bare force-static Next page of the same size and nginx serving the same bytes.

const percent = (part, whole) => `${Math.round((100 * part) / whole)}%`

export async function throughputFigures({ plan, app, front, bare, filmHtml, dir, log }) {
  const load = (url) => wrk(url, { connections: 32, seconds: plan.wrkSeconds })
  const filmURL = `${app.baseURL}${FILM_PATH}`
  // Request once first: the first request renders and fills the cache; a reader rarely gets it.
  await timedGet(filmURL)
  log('figure 1: film page from Next, 32 connections')
  const next = await load(filmURL)
  log('figure 1: bare force-static page, 32 connections')
  const bareHtml = await timedGet(`${bare.baseURL}/`)
  const bareLoad = await load(`${bare.baseURL}/`)
  log('figure 1: nginx serving the same bytes, 32 connections')
  const nginx = await startStaticNginx(filmHtml, dir)
  let disk
  try {
    disk = await load(nginx.url)
  } finally {
    await nginx.stop()
  }
  const nginxRef = `nginx from disk: ${loadSummary(disk)}`
  const rows = [
    {
      figure: '1',
      what: `film page, cached, Next alone, 32 connections (${kB(filmHtml.length)})`,
      measured: `${loadSummary(next)} = ${percent(next.requestsPerSecond, bareLoad.requestsPerSecond)} of bare`,
      reference: `bare force-static Next page (${kB(bareHtml.body.length)}): ${loadSummary(bareLoad)}; ${nginxRef}`,
      target: '≥ 90% of bare req/s; p99 < 25 ms',
      verdict: verdict(
        next.requestsPerSecond >= 0.9 * bareLoad.requestsPerSecond && next.p99 < 25 && next.non2xx === 0,
      ),
    },
  ]
  if (!front) rows.push(notRun('2', 'film page through the shipped front, 32 connections', FRONT_MISSING))
  else {
    log('figure 2: film page through the front, 32 connections')
    const frontURL = `${front.baseURL}${FILM_PATH}`
    await timedGet(frontURL)
    const through = await load(frontURL)
    rows.push({
      figure: '2',
      what: 'film page through the shipped front, 32 connections',
      measured: `${loadSummary(through)} = ${percent(through.requestsPerSecond, disk.requestsPerSecond)} of nginx`,
      reference: nginxRef,
      target: '≥ 50% of nginx req/s',
      verdict: verdict(through.requestsPerSecond >= 0.5 * disk.requestsPerSecond && through.non2xx === 0),
    })
  }
  return rows
}
