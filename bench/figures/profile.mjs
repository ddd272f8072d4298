import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { startApp } from '../lib/app.mjs'
import { sequentialTimes } from '../lib/http.mjs'
import { largestProfile, summariseProfile } from '../lib/profile.mjs'
import { markdownTable, ms } from '../lib/table.mjs'
import { wrk } from '../lib/wrk.mjs'
import { FILM_PATH, missEveryCache } from './shared.mjs'

// The measured profile behind the film page's figures: a second `next start` of the same build on
// the same database, run with V8's sampling profiler (--cpu-prof), once for uncached renders one
// at a time (figure 3) and once for the cached page under 32 connections (figure 1). Written below
// the table in RESULTS.md: what bounds a figure that misses its target.

async function profiled(context, name, work, warmUp = async () => {}) {
  const { app, dir } = context
  const profileDir = path.join(dir, `profile-${name}`)
  mkdirSync(profileDir)
  const server = await startApp({
    databaseUri: app.env.DATABASE_URI,
    secret: app.secret,
    dir,
    name: `profile-${name}`,
    // Node refuses --cpu-prof in NODE_OPTIONS: it goes on the command line.
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  })
  const now = () => Number(process.hrtime.bigint() / 1000n)
  let window
  try {
    await warmUp(server)
    const fromUs = now()
    await work(server)
    window = { fromUs, toUs: now() }
  } finally {
    // V8 writes the profile when the process exits; next start exits on SIGTERM.
    await server.stop()
  }
  // Start-up (loading the app's modules) is not what a request costs: only the work's window counts.
  return summariseProfile(largestProfile(profileDir), window)
}

const share = (s) => `${(100 * s).toFixed(1)}%`

function section(title, summary) {
  const columns = [
    { key: 'name', title: 'where', align: 'left' },
    { key: 'ms', title: 'self time', align: 'right' },
    { key: 'share', title: 'share of busy time', align: 'right' },
  ]
  const rows = (list) => list.map((r) => ({ name: r.name, ms: ms(r.ms), share: share(r.share) }))
  return [
    `### ${title}`,
    '',
    `Busy (not idle) CPU time of the server process while the requests ran: ${ms(summary.busyMs)}. By package:`,
    '',
    markdownTable(rows(summary.packages.slice(0, 8)), columns),
    '',
    'By function:',
    '',
    markdownTable(rows(summary.functions.slice(0, 10)), columns),
  ].join('\n')
}

/** The profile section of RESULTS.md, as Markdown. */
export async function profileSection(context) {
  const { plan, log } = context
  log('profile: uncached film page renders under --cpu-prof')
  const uncached = await profiled(context, 'uncached', (server) =>
    sequentialTimes(`${server.baseURL}${FILM_PATH}`, plan.samples, { before: missEveryCache(server) }),
  )
  log('profile: film page under 32 connections under --cpu-prof')
  const loaded = await profiled(
    context,
    'loaded',
    (server) => wrk(`${server.baseURL}${FILM_PATH}`, { connections: 32, seconds: plan.wrkSeconds }),
    // The first request renders and fills the cache, as before figure 1's load.
    (server) => sequentialTimes(`${server.baseURL}${FILM_PATH}`, 1),
  )
  return [
    '## Where the server spends its time (CPU profile, this run)',
    '',
    'V8 sampling profiles (`--cpu-prof`) of a second `next start` of the same build and database, self time per package and per function.',
    '',
    section(`Film page, uncached render, ${plan.samples} requests one at a time (figure 3)`, uncached),
    '',
    section(`Film page under 32 connections for ${plan.wrkSeconds} s (figure 1)`, loaded),
  ].join('\n')
}
