import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startCluster } from '../deploy/cluster/cluster.mjs'
import { freePort } from './lib/processes.mjs'
import { startWrk } from './lib/wrk.mjs'

// `node bench/cluster-failure.mjs`: one of two instances stops while 32 readers load the site
// through the front (docs/deploy.md, "Failures"). Needs a build, PostgreSQL
// (CLUSTER_POSTGRES_URL, default the machine's on 127.0.0.1:5432) and Redis (REDIS_URL).
// The readers ask the REST API for a film, which the front never caches, so every request reaches
// an instance (not a search page: its per-address limit would refuse 32 readers from one
// address); a prober beside wrk asks every 20 ms and notes when requests fail, to tell how long
// the front took to notice. Prints the figures for bench/RESULTS.md ("Several instances").

const SECONDS = Number(process.env.SECONDS_UNDER_LOAD || 20)
const STOP_AFTER_MS = 5_000
const postgres = process.env.CLUSTER_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const database = `subtext_bench_${randomBytes(4).toString('hex')}`

async function dropDatabase() {
  const client = new pg.Client({ connectionString: postgres })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await client.end()
}

const frontStateDir = mkdtempSync(path.join(tmpdir(), 'subtext-bench-front-'))
const cluster = await startCluster({
  postgres,
  database,
  redisURL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  appPorts: [await freePort(), await freePort()],
  frontPort: await freePort(),
  frontStateDir,
  secret: randomBytes(32).toString('hex'),
})
try {
  const target = `${cluster.frontURL}/api/films?limit=1&depth=0`
  for (let i = 0; i < 8; i += 1) await fetch(target).then((response) => response.text())

  /** @type {{ at: number, ok: boolean }[]} */
  const probes = []
  let probing = true
  const prober = (async () => {
    while (probing) {
      const at = Date.now()
      const ok = await fetch(target, { signal: AbortSignal.timeout(10_000) }).then(
        (response) => response.text().then(() => response.ok),
        () => false,
      )
      probes.push({ at, ok })
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const load = startWrk(target, { connections: 32, seconds: SECONDS })
  await new Promise((resolve) => setTimeout(resolve, STOP_AFTER_MS))
  const stoppedAt = Date.now()
  await cluster.apps[1].stop()
  const result = await load.result
  probing = false
  await prober

  const after = probes.filter((p) => p.at >= stoppedAt)
  const failed = after.filter((p) => !p.ok)
  const lastFailure = failed.length > 0 ? failed[failed.length - 1].at - stoppedAt : null
  console.log(
    JSON.stringify(
      {
        seconds: SECONDS,
        connections: 32,
        requests: result.requests,
        requestsPerSecond: result.requestsPerSecond,
        failedRequests: result.socketErrors + result.non2xx,
        socketErrors: result.socketErrors,
        non2xx: result.non2xx,
        probesAfterStop: after.length,
        probesFailedAfterStop: failed.length,
        lastFailureMsAfterStop: lastFailure,
      },
      null,
      2,
    ),
  )
} finally {
  await cluster.stop()
  await dropDatabase()
  rmSync(frontStateDir, { recursive: true, force: true })
}
