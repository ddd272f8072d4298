// The shared cache's cost and its freshness across instances (docs/caching.md, "Several
// instances"), on the existing production build:
// - the film page served from Next's cache in memory (one instance, no REDIS_URL: the reference)
//   and from the shared cache on Redis (REDIS_URL), one connection then 32 (wrk);
// - how long after a publish on instance A instance B shows it: the time from A's answer to the
//   end of B's first request that has the change, over several publishes.
//
//   npm run bench:cluster            (needs a build, PostgreSQL, Redis and Debian's wrk)

import { sequentialTimes } from '../lib/http.mjs'
import { percentiles } from '../lib/stats.mjs'
import { wrk } from '../lib/wrk.mjs'
import { startCluster } from '../../tests/e2e/setup/cluster'
import { accounts } from '../../tests/e2e/setup/production'

/** What bench/lib/wrk.mjs gives, as far as this script reads it. */
type Load = { requestsPerSecond: number; p50: number; p99: number; non2xx: number; socketErrors: number }

const msText = (value: number | undefined, digits = 1) => `${(value ?? NaN).toFixed(digits)} ms`

const PAGE = '/films/miracle-in-cell-no-7'
const PUBLISHES = 8

async function serving(label: string, env: Record<string, string>) {
  const cluster = await startCluster({ instances: 1, env, captureLog: true })
  try {
    const url = `${cluster.baseURLs[0]}${PAGE}`
    await sequentialTimes(url, 1)
    const one = percentiles(await sequentialTimes(url, 200))
    const many = (await wrk(url, { connections: 32, seconds: 10 })) as Load
    console.log(
      `${label}: one connection p50 ${msText(one.p50)}, p99 ${msText(one.p99)} | 32 connections ` +
        `${Math.round(many.requestsPerSecond)} req/s, p50 ${msText(many.p50)}, p99 ${msText(many.p99)}, ` +
        `${many.non2xx + many.socketErrors} errors`,
    )
  } finally {
    await cluster.stop()
  }
}

async function publishToOther() {
  const cluster = await startCluster({ instances: 2, captureLog: true })
  const [a, b] = cluster.baseURLs as [string, string]
  try {
    const login = await fetch(`${a}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(accounts.editor),
    })
    const { token } = (await login.json()) as { token: string }
    const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
    const found = await fetch(`${a}/api/films?where[slug][equals]=miracle-in-cell-no-7&depth=0`, { headers })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    const delays: number[] = []
    const firstTry: boolean[] = []
    for (let i = 0; i < PUBLISHES; i++) {
      await fetch(`${b}${PAGE}`).then((r) => r.text())
      const logline = `Published on A, ${i}.`
      await fetch(`${a}/api/films/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ logline }) })
      const published = performance.now()
      for (let attempt = 0; ; attempt++) {
        if ((await (await fetch(`${b}${PAGE}`)).text()).includes(logline)) {
          firstTry.push(attempt === 0)
          break
        }
      }
      delays.push(performance.now() - published)
    }
    const p = percentiles(delays)
    console.log(
      `publish on A → shown by B: p50 ${msText(p.p50, 0)}, max ${msText(Math.max(...delays), 0)}; ` +
        `on B's first request after A answered: ${firstTry.filter(Boolean).length} of ${PUBLISHES}`,
    )
  } finally {
    await cluster.stop()
  }
}

await serving('in memory (no REDIS_URL)', { REDIS_URL: '' })
await serving('shared on Redis', {})
await publishToOther()
