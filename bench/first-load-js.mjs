#!/usr/bin/env node
// The JavaScript a page makes a first-time visitor download: fetches the page's HTML, collects
// every same-origin <script src>, fetches each once and sums their gzipped sizes (node:zlib,
// level 9, as a server's static compression would). Inline scripts (Next's RSC payload) are part
// of the HTML and not counted here. 1 kB = 1000 bytes, as `next build` prints it.
//
//   node bench/first-load-js.mjs http://127.0.0.1:3100/films/miracle-in-cell-no-7 [more URLs…] [--verbose]

import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const urls = args.filter((a) => a !== '--verbose')
if (!urls.length || urls.some((u) => !/^https?:\/\//.test(u))) {
  console.error('usage: node bench/first-load-js.mjs <page URL> [more URLs…] [--verbose]')
  process.exit(2)
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ENTITIES[e])

async function get(url) {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return response
}

/** Same-origin script URLs in document order, without repeats. */
function scriptsOf(html, pageURL) {
  const origin = new URL(pageURL).origin
  const found = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    // Browsers that understand modules never fetch a noModule script (Next's legacy polyfills).
    if (!src || /\snomodule\b/i.test(tag)) continue
    const url = new URL(decode(src[1] ?? src[2] ?? src[3]), pageURL)
    if (url.origin === origin && !found.includes(url.href)) found.push(url.href)
  }
  return found
}

const kB = (bytes) => (bytes / 1000).toFixed(1)
let failed = false
for (const pageURL of urls) {
  try {
    const html = await (await get(pageURL)).text()
    const scripts = scriptsOf(html, pageURL)
    let raw = 0
    let gzipped = 0
    const lines = []
    for (const src of scripts) {
      const body = Buffer.from(await (await get(src)).arrayBuffer())
      const size = gzipSync(body, { level: 9 }).length
      raw += body.length
      gzipped += size
      lines.push(`    ${kB(size).padStart(7)} kB  ${new URL(src).pathname}`)
    }
    console.log(`${pageURL}: ${kB(gzipped)} kB gzipped JS in ${scripts.length} files (${kB(raw)} kB uncompressed)`)
    if (verbose) console.log(lines.join('\n'))
  } catch (error) {
    failed = true
    console.error(`${pageURL}: ${error.message}`)
  }
}
process.exit(failed ? 1 : 0)
