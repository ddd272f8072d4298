import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { lockedBuild } from './build.mjs'
import { freePort, ROOT, startProcess, waitForOk } from './processes.mjs'

// The reference for Next's own speed: a bare App Router page, `force-static`, built with the
// project's Next and React (its node_modules is a symlink to the project's) in a scratch folder
// under /tmp, its text sized so its HTML weighs what the film page's does. A build of the same
// template, size and versions is reused across runs.

const TEMPLATE = path.join(ROOT, 'bench/bare')

// Next prints the page's text twice (the HTML and the RSC payload that hydrates it), on top of a
// fixed few kB of runtime script tags: measured 5–7 kB for this template.
const FIXED_BYTES = 6000

// Next's defaults, except that Turbopack may follow the node_modules symlink into the project (it
// refuses paths outside its root otherwise).
const NEXT_CONFIG = 'export default { turbopack: { root: "/" } }\n'

const WORDS = 'the a film light rain cell father daughter prison window memory silence road train door night'.split(' ')

/** Deterministic prose of about `chars` characters in paragraphs of about 600. */
export function fillerParagraphs(chars) {
  const paragraphs = []
  let seed = 7
  let length = 0
  while (length < chars) {
    let text = ''
    while (text.length < 600 && length + text.length < chars) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      text += `${WORDS[seed % WORDS.length]} `
    }
    paragraphs.push(text.trim())
    length += text.length
  }
  return paragraphs
}

const versionOf = (name) =>
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version

/**
 * The scratch app for a page of about `targetBytes` of HTML, built (under the build lock) unless
 * an identical one already is. Resolves with its folder and whether it was built now.
 */
export async function bareApp(targetBytes, { log = console.log } = {}) {
  // Rounded to the kB so that runs a few bytes apart share one build.
  const chars = Math.max(0, Math.round((targetBytes - FIXED_BYTES) / 2 / 1000) * 1000)
  const files = ['layout.jsx', 'page.jsx'].map((f) => readFileSync(path.join(TEMPLATE, f), 'utf8'))
  const key = createHash('sha256')
    .update(JSON.stringify([files, NEXT_CONFIG, chars, versionOf('next'), versionOf('react')]))
    .digest('hex')
    .slice(0, 12)
  const dir = `/tmp/subtext-bench-bare-${key}`
  if (existsSync(path.join(dir, '.next/BUILD_ID'))) return { dir, built: null }
  mkdirSync(path.join(dir, 'app'), { recursive: true })
  cpSync(path.join(TEMPLATE, 'layout.jsx'), path.join(dir, 'app/layout.jsx'))
  cpSync(path.join(TEMPLATE, 'page.jsx'), path.join(dir, 'app/page.jsx'))
  writeFileSync(path.join(dir, 'next.config.mjs'), NEXT_CONFIG)
  writeFileSync(path.join(dir, 'app/filler.json'), JSON.stringify({ paragraphs: fillerParagraphs(chars) }))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  if (!existsSync(path.join(dir, 'node_modules')))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  log(`bare page: next build in ${dir} (waits for /tmp/subtext-build.lock)…`)
  const built = await lockedBuild(dir)
  return { dir, built }
}

/** `next start` of the bare app on a free loopback port, and the time to its first 200. */
export async function startBare(dir, logDir) {
  const port = await freePort()
  const started = performance.now()
  const server = startProcess(
    path.join(ROOT, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      logFile: path.join(logDir, 'bare.log'),
    },
  )
  const baseURL = `http://127.0.0.1:${port}`
  const coldStartMs = await waitForOk(`${baseURL}/`, { child: server.child, started })
  return { baseURL, coldStartMs, stop: server.stop, ended: server.ended, logFile: server.logFile }
}
