#!/usr/bin/env node
// Server-side cost of a page: time to first byte one request at a time, then requests per second
// under a few concurrent keep-alive connections. Written on node:http rather than adding autocannon
// (two dozen packages) because the figure wanted first is the time to the response headers, which
// autocannon does not report apart from the full latency.
//
//   node bench/throughput.mjs http://127.0.0.1:3100 [--path / --path /films/x] [--requests 50]
//                             [--duration 10] [--connections 4] [--json out.json]

import http from 'node:http'
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    path: { type: 'string', multiple: true, default: ['/', '/films/miracle-in-cell-no-7'] },
    requests: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '4' },
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

/** One GET; resolves with the milliseconds to the response headers and to the last byte. */
function get(agent, url) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const request = http.get(url, { agent }, (response) => {
      const ttfb = Number(process.hrtime.bigint() - start) / 1e6
      response.on('data', () => {})
      response.on('end', () =>
        resolve({ status: response.statusCode, ttfb, total: Number(process.hrtime.bigint() - start) / 1e6 }),
      )
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const round = (n) => Math.round(n * 10) / 10

async function sequential(url, count) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const ttfbs = []
  let failures = 0
  for (let i = 0; i < count; i++) {
    const { status, ttfb } = await get(agent, url)
    if (status !== 200) failures++
    ttfbs.push(ttfb)
  }
  agent.destroy()
  ttfbs.sort((a, b) => a - b)
  return { ttfbMedianMs: round(quantile(ttfbs, 0.5)), ttfbP95Ms: round(quantile(ttfbs, 0.95)), failures }
}

async function concurrent(url, connections, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const totals = []
  let failures = 0
  const until = Date.now() + seconds * 1000
  const worker = async () => {
    while (Date.now() < until) {
      const { status, total } = await get(agent, url)
      if (status !== 200) failures++
      totals.push(total)
    }
  }
  const started = process.hrtime.bigint()
  await Promise.all(Array.from({ length: connections }, worker))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  agent.destroy()
  totals.sort((a, b) => a - b)
  return {
    requestsPerSecond: round(totals.length / elapsed),
    latencyMedianMs: round(quantile(totals, 0.5)),
    latencyP95Ms: round(quantile(totals, 0.95)),
    failures,
  }
}

const results = []
for (const path of values.path) {
  const url = new URL(path, base).toString()
  // The first request fills Next's data cache; it is not what a reader usually gets.
  await get(new http.Agent(), url)
  const one = await sequential(url, Number(values.requests))
  const many = await concurrent(url, Number(values.connections), Number(values.duration))
  results.push({ path, ...one, connections: Number(values.connections), ...many })
  console.log(
    `${path}: TTFB median ${one.ttfbMedianMs} ms, p95 ${one.ttfbP95Ms} ms (${values.requests} sequential) | ` +
      `${many.requestsPerSecond} req/s, latency median ${many.latencyMedianMs} ms, p95 ${many.latencyP95Ms} ms (${values.connections} connections, ${values.duration} s)` +
      (one.failures + many.failures ? ` | ${one.failures + many.failures} responses were not 200` : ''),
  )
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2))
if (results.some((r) => r.failures)) process.exit(1)
