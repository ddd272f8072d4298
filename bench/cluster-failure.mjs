import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startCluster } from '../deploy/cluster/cluster.mjs'
import { freePort } from './lib/processes.mjs'
import { startTcpGate } from './lib/tcpGate.mjs'
import { startWrk } from './lib/wrk.mjs'

// `node bench/cluster-failure.mjs [--postgres]`: a part of the cluster fails while 32 readers load
// the site through the front (docs/deploy.md, "Failures"). Needs a build, PostgreSQL
// (CLUSTER_POSTGRES_URL, default the machine's on 127.0.0.1:5432) and Redis (REDIS_URL). Prints
// the figures for bench/RESULTS.md ("Several instances").
//
// Without a flag, one of two instances stops after 5 s. The readers ask the REST API for a film,
// which the front never caches, so every request reaches an instance (not a search page: its
// per-address limit would refuse 32 readers from one address); a prober beside wrk asks every
// 20 ms and notes when requests fail, to tell how long the front took to notice.
//
// With --postgres, the instances reach PostgreSQL through a TCP gate that is closed for 10 s after
// 10 s (open connections reset, new ones refused: a restart as its clients see it). The readers
// read a film page, which the front caches; probers ask for that page and for the API every 20 ms
// and count answers by status before, during and after the outage, and the time from the gate
// opening to the API's first 200.

const POSTGRES_OUTAGE = process.argv.includes('--postgres')
const SECONDS = Number(process.env.SECONDS_UNDER_LOAD || (POSTGRES_OUTAGE ? 30 : 20))
const FAIL_AFTER_MS = POSTGRES_OUTAGE ? 10_000 : 5_000
const OUTAGE_MS = 10_000
const PAGE = '/films/miracle-in-cell-no-7'
const API = '/api/films?limit=1&depth=0'
const postgres = process.env.CLUSTER_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const database = `subtext_bench_${randomBytes(4).toString('hex')}`

async function dropDatabase() {
  const client = new pg.Client({ connectionString: postgres })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await client.end()
}

/** Asks `url` every 20 ms until stopped; each answer's time, status (0: none) and duration. */
function startProber(url) {
  /** @type {{ at: number, status: number, ms: number }[]} */
  const probes = []
  let probing = true
  const done = (async () => {
    while (probing) {
      const at = Date.now()
      const status = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
        (response) => response.text().then(() => response.status),
        () => 0,
      )
      probes.push({ at, status, ms: Date.now() - at })
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  return {
    probes,
    stop: async () => {
      probing = false
      await done
      return probes
    },
  }
}

/** How many answers had each status, and the slowest. */
const byStatus = (probes) => ({
  ...Object.fromEntries(
    [...new Set(probes.map((p) => p.status))].sort().map((s) => [s, probes.filter((p) => p.status === s).length]),
  ),
  slowestMs: Math.max(0, ...probes.map((p) => p.ms)),
})

const gate = POSTGRES_OUTAGE
  ? await startTcpGate({ host: new URL(postgres).hostname, port: Number(new URL(postgres).port || 5432) })
  : undefined
const throughGate = () => {
  const url = new URL(postgres)
  url.port = String(gate.port)
  return url.toString()
}

const frontStateDir = mkdtempSync(path.join(tmpdir(), 'subtext-bench-front-'))
/** Instances that ended by themselves (a crash), with when. */
const exits = []
const cluster = await startCluster({
  postgres: gate ? throughGate() : postgres,
  database,
  redisURL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  appPorts: [await freePort(), await freePort()],
  frontPort: await freePort(),
  frontStateDir,
  secret: randomBytes(32).toString('hex'),
  onExit: (url) => exits.push({ url, at: Date.now() }),
})
try {
  const readerTarget = `${cluster.frontURL}${POSTGRES_OUTAGE ? PAGE : API}`
  for (let i = 0; i < 8; i += 1) await fetch(readerTarget).then((response) => response.text())

  const apiProber = startProber(`${cluster.frontURL}${API}`)
  const pageProber = POSTGRES_OUTAGE ? startProber(readerTarget) : undefined
  const load = startWrk(readerTarget, { connections: 32, seconds: SECONDS })
  await new Promise((resolve) => setTimeout(resolve, FAIL_AFTER_MS))
  const failedAt = Date.now()
  let reopenedAt = failedAt
  if (gate) {
    await gate.close()
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
    await gate.open()
    reopenedAt = Date.now()
  } else {
    await cluster.apps[1].stop()
  }
  const result = await load.result
  const apiProbes = await apiProber.stop()
  const pageProbes = await pageProber?.stop()

  const readers = {
    seconds: SECONDS,
    connections: 32,
    requests: result.requests,
    requestsPerSecond: result.requestsPerSecond,
    failedRequests: result.socketErrors + result.non2xx,
    socketErrors: result.socketErrors,
    non2xx: result.non2xx,
  }
  if (gate) {
    const phase = (probes) => ({
      before: byStatus(probes.filter((p) => p.at < failedAt)),
      during: byStatus(probes.filter((p) => p.at >= failedAt && p.at < reopenedAt)),
      after: byStatus(probes.filter((p) => p.at >= reopenedAt)),
    })
    const firstOk = apiProbes.find((p) => p.at >= reopenedAt && p.status === 200)
    console.log(
      JSON.stringify(
        {
          readers: { path: PAGE, ...readers },
          outageMs: reopenedAt - failedAt,
          pageProbes: phase(pageProbes),
          apiProbes: phase(apiProbes),
          apiFirst200MsAfterReopen: firstOk ? firstOk.at + firstOk.ms - reopenedAt : null,
          instancesExited: exits.map(({ url, at }) => ({ url, msAfterOutageStart: at - failedAt })),
        },
        null,
        2,
      ),
    )
  } else {
    const after = apiProbes.filter((p) => p.at >= failedAt)
    const failed = after.filter((p) => p.status !== 200)
    const lastFailure = failed.length > 0 ? failed[failed.length - 1].at - failedAt : null
    console.log(
      JSON.stringify(
        {
          ...readers,
          probesAfterStop: after.length,
          probesFailedAfterStop: failed.length,
          lastFailureMsAfterStop: lastFailure,
        },
        null,
        2,
      ),
    )
  }
} finally {
  await gate?.open()
  await cluster.stop()
  await gate?.close()
  await dropDatabase()
  rmSync(frontStateDir, { recursive: true, force: true })
}
