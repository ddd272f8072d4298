#!/usr/bin/env node
// `npm run bench [-- --quick] [--films N] [--seed S] [--rebuild]`: every figure of the benchmark
// suite (bench/README.md) in one run, printed as one table beside its references and targets and
// written to bench/RESULTS.md.

import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { provisionApp, restartApp } from './lib/app.mjs'
import { bareApp, startBare } from './lib/bare.mjs'
import { ensureAppBuild } from './lib/build.mjs'
import { hasCatalogue } from './lib/catalogue.mjs'
import { loadFront, stopFront } from './lib/front.mjs'
import { timedGet } from './lib/http.mjs'
import { describeMachine, loadAverage } from './lib/machine.mjs'
import { freePort, missingPackages, ROOT } from './lib/processes.mjs'
import { writeResults } from './lib/results.mjs'
import { markdownTable } from './lib/table.mjs'
import { buildFigures } from './figures/build.mjs'
import { firstLoadFigures, lighthouseFigures } from './figures/client.mjs'
import { imageFigures } from './figures/images.mjs'
import { profileSection } from './figures/profile.mjs'
import { publishFigures } from './figures/publish.mjs'
import { scaleFigures } from './figures/scale.mjs'
import { serverTimeFigures } from './figures/serverTime.mjs'
import { FILM_PATH, notRun } from './figures/shared.mjs'
import { throughputFigures } from './figures/throughput.mjs'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    films: { type: 'string' },
    seed: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
  },
})
// --quick: every figure once, briefly, to see that the suite works; its numbers are not figures.
const plan = values.quick
  ? { wrkSeconds: 2, samples: 10, publishTrials: 2, lighthouseRuns: 1, films: 100, importerFiles: 50 }
  : { wrkSeconds: 8, samples: 50, publishTrials: 5, lighthouseRuns: 3, films: 10_000, importerFiles: 1000 }
const films = values.films === undefined ? plan.films : Number(values.films)
if (!Number.isInteger(films) || films < 1) {
  console.error('usage: npm run bench [-- --quick] [--films N] [--seed S] [--rebuild]   (N a whole number ≥ 1)')
  process.exit(2)
}
const missing = missingPackages()
if (missing) {
  console.error(`npm run bench needs Debian's wrk, nginx and chromium: ${missing}`)
  process.exit(1)
}

const startedAt = new Date()
const loadStart = loadAverage()
const dir = mkdtempSync(path.join(tmpdir(), 'subtext-bench-'))
// The front's and nginx's workers run as an unprivileged user when started as root: they must reach
// their folders inside this one.
chmodSync(dir, 0o755)
const log = (line) =>
  console.log(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`)
log(`logs and scratch files in ${dir}`)

const build = await ensureAppBuild({ rebuild: values.rebuild, log })
const startFront = await loadFront()
const frontPort = startFront ? await freePort() : null
const stops = []
let context
const rows = []
let profile = ''
try {
  log('app: fresh SQLite database, migrations, sample films, next start')
  const app = await provisionApp({
    kind: 'sqlite',
    dir,
    name: 'app',
    // The app purges the front after every change that expires its own cache (the serving contract).
    extra: frontPort ? { FRONT_PURGE_URL: `http://127.0.0.1:${frontPort}` } : {},
  })
  stops.push(() => (context ?? { app }).app.stop())
  const front = startFront
    ? await startFront({
        upstream: app.baseURL,
        port: frontPort,
        stateDir: path.join(dir, 'front'),
        secret: app.secret,
      })
    : null
  if (front) stops.push(() => stopFront(front))
  const filmHtml = (await timedGet(`${app.baseURL}${FILM_PATH}`)).body
  const bareBuild = await bareApp(filmHtml.length, { log })
  const bareServer = await startBare(bareBuild.dir, dir)
  stops.push(() => (context ?? { bare: bareServer }).bare.stop())
  context = {
    plan,
    films,
    seed: values.seed,
    dir,
    log,
    build,
    app,
    front: front ? { baseURL: front.url ?? `http://127.0.0.1:${frontPort}` } : null,
    bare: { ...bareServer, built: bareBuild.built },
    filmHtml,
  }
  // Each figure stands alone: one that fails says why in its row and the others still run. The
  // image figure goes last of those that use the app because it changes the film for a while.
  const figures = [
    ['1', throughputFigures],
    ['3', serverTimeFigures],
    ['4', scaleFigures],
    ['5', publishFigures],
    ['7', firstLoadFigures],
    ['8', lighthouseFigures],
    ['9', imageFigures],
    ['10', buildFigures],
  ]
  for (const [figure, measure] of figures) {
    // On a shared machine something else may stop a server: start it again on the same database
    // and port (the front keeps its upstream), and say so in the log.
    if (context.app.ended()) {
      log(`the app's server ended (${context.app.ended()}) before figure ${figure}: starting it again`)
      context.app = await restartApp(context.app, dir, figure)
    }
    if (context.bare.ended()) {
      log(`the bare page's server ended (${context.bare.ended()}) before figure ${figure}: starting it again`)
      context.bare = { ...(await startBare(bareBuild.dir, dir)), built: bareBuild.built }
    }
    try {
      rows.push(...(await measure(context)))
    } catch (error) {
      log(`figure ${figure} failed: ${error.stack}`)
      rows.push(notRun(figure, `figure ${figure}`, error.message.split('\n')[0]))
    }
  }
  try {
    profile = await profileSection(context)
  } catch (error) {
    log(`profile failed: ${error.stack}`)
    profile = `## Where the server spends its time\n\nThe profile failed: ${error.message.split('\n')[0]}`
  }
} finally {
  for (const stop of stops.reverse()) await stop()
}

rows.sort((a, b) => Number(a.figure) - Number(b.figure))
const minutes = (Date.now() - startedAt.getTime()) / 60_000
const facts = {
  date: startedAt.toISOString().replace(/\.\d+Z$/, 'Z'),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  minutes,
  machine: describeMachine(),
  loadStart,
  loadEnd: loadAverage(),
  parts: `in this tree: the front (deploy/front/front.mjs) ${startFront ? 'present' : 'missing'}, the catalogue generator (npm run bench:catalogue) ${hasCatalogue() ? 'present' : 'missing'}`,
  rows,
  profile,
}
console.log(`\n${markdownTable(rows)}\n`)
writeResults(path.join(ROOT, 'bench/RESULTS.md'), facts)
log(`done in ${minutes.toFixed(1)} minutes; table and CPU profiles written to bench/RESULTS.md`)
// The servers' logs explain a failed figure; otherwise the databases and catalogues only take space.
if (rows.some((row) => row.measured.startsWith('failed:'))) log(`some figures failed: the servers' logs are in ${dir}`)
else rmSync(dir, { recursive: true, force: true })
