#!/usr/bin/env node
// Lighthouse mobile (bench/lib/lighthouse.mjs) on the reading site's main page types.
//
//   node bench/lighthouse.mjs http://127.0.0.1:3100 [--runs 3] [--json out.json]
//
// With --runs N each page is audited N times and the median of each number is printed. See bench/README.md.

import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { lighthouseMedians, lighthouseVersion } from './lib/lighthouse.mjs'

const PAGES = [
  ['home', '/'],
  ['film', '/films/miracle-in-cell-no-7'],
  ['films list', '/films'],
]

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

const results = await lighthouseMedians(
  PAGES.map(([, path]) => new URL(path, base).toString()),
  runs,
)
const rows = results.map((result, i) => ({ page: PAGES[i][0], path: PAGES[i][1], ...result }))

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
