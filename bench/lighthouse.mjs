#!/usr/bin/env node
// Lighthouse (mobile, its default config) on the reading site's main page types, in Debian's
// Chromium started by chrome-launcher with a fresh temporary profile.
//
//   node bench/lighthouse.mjs http://127.0.0.1:3100 [--runs 3] [--json out.json]
//
// CHROME_PATH overrides the browser (default /usr/bin/chromium). With --runs N each page is
// audited N times and the median of each number is printed. See bench/README.md.

import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const PAGES = [
  ['home', '/'],
  ['film', '/films/miracle-in-cell-no-7'],
  ['films list', '/films'],
]

import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from '../tests/helpers/chromium.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, json: { type: 'string' } },
})
const base = positionals[0]
const runs = Number(values.runs)
if (!base || !/^https?:\/\//.test(base) || !(runs >= 1)) {
  console.error(
    'usage: node bench/lighthouse.mjs <baseURL> [--runs N] [--json file]   e.g. node bench/lighthouse.mjs http://127.0.0.1:3100',
  )
  process.exit(2)
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const lighthouseVersion = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8'),
).version
const chromePath = process.env.CHROME_PATH || CHROMIUM
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' })
const rows = []
try {
  for (const [name, path] of PAGES) {
    const url = new URL(path, base).toString()
    const samples = []
    try {
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
        if (!result) throw new Error('Lighthouse returned nothing')
        const { lhr } = result
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
        const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
        })
      }
      const row = { page: name, path }
      for (const key of Object.keys(samples[0])) row[key] = median(samples.map((s) => s[key]))
      rows.push(row)
    } catch (error) {
      rows.push({ page: name, path, error: error.message })
    }
  }
} finally {
  await chrome.kill()
}

console.log(
  `Lighthouse ${lighthouseVersion}, ${runs > 1 ? `median of ${runs} runs, ` : ''}mobile, default config, against ${base}\n`,
)
console.log('| page | perf | a11y | best practices | SEO | LCP | TBT | CLS |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) {
  const page = `${r.page} (\`${r.path}\`)`
  if (r.error) console.log(`| ${page} | failed: ${r.error.split('\n')[0]} |||||||`)
  else
    console.log(
      `| ${page} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${(r.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} |`,
    )
}
if (values.json)
  writeFileSync(values.json, `${JSON.stringify({ base, runs, lighthouse: lighthouseVersion, rows }, null, 2)}\n`)
process.exit(rows.some((r) => r.error) ? 1 : 0)
