import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

// Servers the benchmark starts and stops: each in its own process group (`next start` leaves a
// next-server child that killing the parent alone would orphan), its output in a log file.

export const ROOT = path.resolve(import.meta.dirname, '../..')

/** A port the kernel has just handed out on loopback, free when this resolves. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
  })

/**
 * Starts `command` detached in its own process group, writing its output to `logFile`.
 * `stop()` signals the group and resolves once the leader has exited; `ended()` says whether and
 * how it ended on its own.
 */
export function startProcess(command, args, { cwd = ROOT, env = process.env, logFile }) {
  const log = createWriteStream(logFile, { flags: 'a' })
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const exited = new Promise((resolve) => child.once('close', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await exited
    }
    log.end()
  }
  /** Why the process is gone ('exit 1', 'SIGKILL'), or null while it runs. */
  const ended = () =>
    child.signalCode ? String(child.signalCode) : child.exitCode === null ? null : `exit ${child.exitCode}`
  return { child, exited, stop, ended, logFile }
}

/**
 * Resolves with the milliseconds until `url` first answered 200, polling every `intervalMs`.
 * Fails when `child` exits first or the deadline passes.
 */
export async function waitForOk(
  url,
  { child, started = performance.now(), timeoutMs = 120_000, intervalMs = 20 } = {},
) {
  const deadline = started + timeoutMs
  while (performance.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.status === 200) return performance.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}

const PAGE = 4096

/** Resident memory of `pid` and every descendant, in bytes, read from /proc. */
export function treeRss(pid) {
  const parents = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name (field 2) may hold spaces and parentheses: fields after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(Number(entry), ppid)
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set([pid])
  for (let grew = true; grew;) {
    grew = false
    for (const [child, parent] of parents)
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child)
        grew = true
      }
  }
  let bytes = 0
  for (const member of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${member}/statm`, 'utf8').split(' ')[1]) * PAGE
    } catch {
      // exited meanwhile
    }
  }
  return bytes
}

/** Samples `treeRss(pid)` every `intervalMs` until `stop()`, which returns the peak seen. */
export function samplePeakMemory(pid, intervalMs = 200) {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), intervalMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}

/**
 * The Debian packages the suite runs as separate processes, and which of them are missing, with
 * the command that installs them.
 */
export function missingPackages(commands = { wrk: 'wrk', nginx: 'nginx', chromium: 'chromium' }) {
  const missing = Object.entries(commands).filter(
    ([command]) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status !== 0,
  )
  if (missing.length === 0) return null
  const names = missing.map(([, name]) => name).join(' ')
  return `missing: ${names}. Install as root: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${names}`
}
