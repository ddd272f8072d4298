import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ROOT, samplePeakMemory } from './processes.mjs'

// `next build`, always under the machine's build lock (builds are heavy and share two cores), timed
// from the moment the lock is held, with the peak resident memory of its whole process tree.

const LOCK = '/tmp/subtext-build.lock'
const HELD = 'subtext-bench: build lock held'

/**
 * Runs `next build` in `cwd` under the lock. Resolves with the wall time (lock wait excluded) and
 * the peak memory of the tree; rejects with the log's tail when the build fails.
 */
export function lockedBuild(cwd, env = process.env) {
  const next = path.join(ROOT, 'node_modules/.bin/next')
  const child = spawn('flock', [LOCK, 'sh', '-c', `echo '${HELD}'; exec "$0" build`, next], {
    cwd,
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let started = 0
  const peak = samplePeakMemory(child.pid)
  const collect = (chunk) => {
    output += chunk
    if (!started && output.includes(HELD)) started = performance.now()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return new Promise((resolve, reject) => {
    child.once('close', (code) => {
      const peakBytes = peak()
      if (code === 0) resolve({ wallSeconds: (performance.now() - started) / 1000, peakBytes, output })
      else reject(new Error(`next build in ${cwd} failed (${code}):\n${output.slice(-4000)}`))
    })
  })
}

// What the app's build is made from: a build older than any of these is stale.
const SOURCES = [
  'src',
  'collections',
  'patches',
  'payload.config.ts',
  'next.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]

function newestMtime(target) {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0)
}

const BUILD_ID = path.join(ROOT, '.next/BUILD_ID')
// Written beside the build it describes, so a reused build still reports what it cost.
const RECORD = path.join(ROOT, '.next/subtext-bench-build.json')

/**
 * The app's production build: reused when `.next` is newer than every source (and `rebuild` is not
 * asked for), built otherwise. Resolves with `{ reused, wallSeconds, peakBytes }`; the figures of a
 * reused build are those recorded when this suite made it (null when another command did).
 */
export async function ensureAppBuild({ rebuild = false, log = console.log } = {}) {
  const fresh =
    existsSync(BUILD_ID) &&
    statSync(BUILD_ID).mtimeMs > Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))))
  if (fresh && !rebuild) {
    const recorded = existsSync(RECORD) ? JSON.parse(readFileSync(RECORD, 'utf8')) : null
    log('build: .next is newer than every source, reusing it')
    return { reused: true, wallSeconds: recorded?.wallSeconds ?? null, peakBytes: recorded?.peakBytes ?? null }
  }
  log('build: next build (waits for /tmp/subtext-build.lock)…')
  const { wallSeconds, peakBytes } = await lockedBuild(ROOT)
  writeFileSync(RECORD, JSON.stringify({ wallSeconds, peakBytes, at: new Date().toISOString() }))
  return { reused: false, wallSeconds, peakBytes }
}
