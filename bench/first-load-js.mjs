#!/usr/bin/env node
// First-load JavaScript of pages (bench/lib/firstLoadJs.mjs), in kB (1000 bytes) as `next build` prints it.
//
//   node bench/first-load-js.mjs http://127.0.0.1:3100/films/miracle-in-cell-no-7 [more URLs…] [--verbose]

import { firstLoadJs } from './lib/firstLoadJs.mjs'
import { kB } from './lib/table.mjs'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const urls = args.filter((a) => a !== '--verbose')
if (!urls.length || urls.some((u) => !/^https?:\/\//.test(u))) {
  console.error('usage: node bench/first-load-js.mjs <page URL> [more URLs…] [--verbose]')
  process.exit(2)
}

let failed = false
for (const pageURL of urls) {
  try {
    const { gzipped, raw, files } = await firstLoadJs(pageURL)
    console.log(`${pageURL}: ${kB(gzipped)} gzipped JS in ${files.length} files (${kB(raw)} uncompressed)`)
    if (verbose) for (const file of files) console.log(`    ${kB(file.gzipped).padStart(9)}  ${file.path}`)
  } catch (error) {
    failed = true
    console.error(`${pageURL}: ${error.message}`)
  }
}
process.exit(failed ? 1 : 0)
