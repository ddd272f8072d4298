#!/usr/bin/env node
// Server-side cost of pages on a running server: time to the last byte of N requests one after
// another on one keep-alive connection (bench/lib/http.mjs), then requests per second and latency
// percentiles under C connections from wrk (bench/lib/wrk.mjs) for S seconds.
//
//   node bench/throughput.mjs http://127.0.0.1:3100 [--path / --path /films/x] [--requests 50]
//                             [--duration 8] [--connections 32] [--json out.json]

import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { sequentialTimes } from './lib/http.mjs'
import { percentiles } from './lib/stats.mjs'
import { count, ms } from './lib/table.mjs'
import { wrk } from './lib/wrk.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    path: { type: 'string', multiple: true, default: ['/', '/films/miracle-in-cell-no-7'] },
    requests: { type: 'string', default: '50' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    json: { type: 'string' },
  },
})
const base = positionals[0]
if (!base) {
  console.error(
    'usage: node bench/throughput.mjs <baseURL> [--path /p]... [--requests N] [--duration s] [--connections C] [--json file]',
  )
  process.exit(2)
}

const results = []
for (const path of values.path) {
  const url = new URL(path, base).toString()
  // The first request may render and fill Next's caches; it is not what a reader usually gets.
  await sequentialTimes(url, 1)
  const one = percentiles(await sequentialTimes(url, Number(values.requests)))
  const many = await wrk(url, { connections: Number(values.connections), seconds: Number(values.duration) })
  results.push({ path, sequential: one, concurrent: { connections: Number(values.connections), ...many } })
  console.log(
    `${path}: one connection p50 ${ms(one.p50)}, p90 ${ms(one.p90)}, p99 ${ms(one.p99)} (${one.n} requests) | ` +
      `${values.connections} connections: ${count(many.requestsPerSecond)} req/s, p50 ${ms(many.p50)}, p99 ${ms(many.p99)}` +
      (many.non2xx + many.socketErrors ? ` | ${many.non2xx} non-2xx answers, ${many.socketErrors} socket errors` : ''),
  )
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2))
if (results.some((r) => r.concurrent.non2xx + r.concurrent.socketErrors)) process.exit(1)
