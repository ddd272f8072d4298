import http from 'node:http'

import { apiGet, timedGet } from '../lib/http.mjs'
import { median } from '../lib/stats.mjs'
import { ms, verdict } from '../lib/table.mjs'
import { startWrk } from '../lib/wrk.mjs'
import { FRONT_MISSING } from '../lib/front.mjs'
import { FILM_PATH, FILM_SLUG, notRun } from './shared.mjs'

// Figure 5: publish-to-live. An editor publishes a new tagline on the film through the REST API;
// the time runs from that call until the first public response showing it, read back to back on
// one connection. Idle, and under 32 connections of readers (wrk) on the same page.

const POLL_TIMEOUT_MS = 30_000

async function film(app) {
  const { docs } = await apiGet(app, `/api/films?where[slug][equals]=${FILM_SLUG}&depth=0&limit=1`)
  if (!docs[0]) throw new Error(`no film ${FILM_SLUG}`)
  return docs[0]
}

const publishTagline = (app, id, tagline) =>
  fetch(`${app.baseURL}/api/films/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${app.editorToken}` },
    body: JSON.stringify({ tagline, _status: 'published' }),
  })

/** One publish; resolves with the milliseconds until `pageURL` showed it. */
async function publishToLive(app, id, pageURL, marker) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  try {
    const started = performance.now()
    const response = await publishTagline(app, id, marker)
    if (!response.ok) throw new Error(`the publish answered ${response.status}: ${await response.text()}`)
    await response.arrayBuffer()
    while (performance.now() - started < POLL_TIMEOUT_MS) {
      const { status, body } = await timedGet(pageURL, { agent })
      if (status === 200 && body.includes(marker)) return performance.now() - started
    }
    throw new Error(`${pageURL} did not show the change within ${POLL_TIMEOUT_MS} ms`)
  } finally {
    agent.destroy()
  }
}

async function trials(app, id, pageURL, count, tag) {
  const times = []
  for (let i = 0; i < count; i += 1)
    times.push(await publishToLive(app, id, pageURL, `Bench ${tag} ${Date.now()} ${i}`))
  return times
}

const summary = (times) => `median ${ms(median(times))}, max ${ms(Math.max(...times))} (${times.length} trials)`

async function measure(app, id, baseURL, { plan }) {
  const pageURL = `${baseURL}${FILM_PATH}`
  const idle = await trials(app, id, pageURL, plan.publishTrials, 'idle')
  // wrk runs until the trials are done; its duration is only an upper bound.
  const readers = startWrk(pageURL, { connections: 32, seconds: 600 })
  let loaded
  try {
    loaded = await trials(app, id, pageURL, plan.publishTrials, 'loaded')
  } finally {
    readers.stop()
  }
  const load = await readers.result
  return { idle, loaded, load }
}

export async function publishFigures(context) {
  const { app, front, log } = context
  const { id, tagline } = await film(app)
  const rows = []
  try {
    for (const [name, baseURL] of [
      ['Next alone', app.baseURL],
      ['through the front', front?.baseURL],
    ]) {
      const what = `publish-to-live, ${name}, under 32 readers`
      if (!baseURL) {
        rows.push(notRun('5', what, FRONT_MISSING, '< 1 s'))
        continue
      }
      log(`figure 5: publish-to-live ${name}`)
      const { idle, loaded, load } = await measure(app, id, baseURL, context)
      rows.push({
        figure: '5',
        what,
        measured: `${summary(loaded)}; readers got ${Math.round(load.requestsPerSecond)} req/s`,
        reference: `idle: ${summary(idle)}`,
        target: '< 1 s',
        verdict: verdict(Math.max(...loaded, ...idle) < 1000),
      })
    }
  } finally {
    // The film as it was, for the figures after this one.
    await publishTagline(app, id, tagline ?? null)
  }
  return rows
}
