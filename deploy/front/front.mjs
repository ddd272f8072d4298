import { execFileSync, spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// Starts the caching front (nginx, from Debian's packages) in front of a running `next start`:
// renders nginx.conf.template into a state directory and runs nginx in the foreground as a child
// of this process. Plain JavaScript so that `node` runs it without a build (the start command,
// the benchmark suite); docs/front.md explains the configuration.

const NGINX = '/usr/sbin/nginx'
const TEMPLATE = path.join(import.meta.dirname, 'nginx.conf.template')

/** The path that empties the front's page cache (loopback only); FRONT_PURGE_URL is the front's base URL. */
export const PURGE_PATH = '/_front/purge'

/**
 * The placeholder nonce P the app renders pages with when the front asks (CONTRACT-serve):
 * base64 of the first 16 bytes of HMAC-SHA256(PAYLOAD_SECRET, "subtext:csp-nonce-placeholder").
 * @param {string} secret
 */
export const placeholderNonce = (secret) =>
  createHmac('sha256', secret).update('subtext:csp-nonce-placeholder').digest().subarray(0, 16).toString('base64')

/**
 * The token T the front sends upstream as X-Subtext-Front: hex HMAC-SHA256(PAYLOAD_SECRET, "subtext:front").
 * @param {string} secret
 */
export const frontToken = (secret) => createHmac('sha256', secret).update('subtext:front').digest('hex')

/** @param {string} text */
const regexLiteral = (text) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')

/**
 * `http://host:port` → `host:port`, refusing anything nginx's upstream block cannot take.
 * @param {string} upstream
 */
function upstreamAddress(upstream) {
  const url = new URL(upstream)
  if (url.protocol !== 'http:' || !url.port || url.pathname !== '/' || url.search)
    throw new Error(`upstream must look like http://127.0.0.1:3000 (plain HTTP, a port, no path); got "${upstream}"`)
  return url.host
}

/** A failed request leaves an instance out for this long; then one request tries it again. */
const FAIL_TIMEOUT_S = 5

/**
 * The upstream block's lines for one or more instances of the app: each once as a primary, left
 * out for FAIL_TIMEOUT_S after a failed request, and once more as a backup that is never left out.
 * Each nginx worker keeps its own count of failures, and an instance that failed a request moments
 * ago may be answering again (a restart in a rollout, a connection the instance closed as nginx
 * reused it): without the backups, a worker that counts every primary as down answers 502 "no live
 * upstreams" at once while an instance could answer. With them it tries each instance before
 * giving up, within `proxy_next_upstream_tries`.
 * @param {string | string[]} upstream
 */
function upstreamServers(upstream) {
  const all = (Array.isArray(upstream) ? upstream : [upstream]).map(upstreamAddress)
  if (all.length === 0) throw new Error('upstream must name at least one instance of the app')
  return [
    ...all.map((address) => `server ${address} max_fails=1 fail_timeout=${FAIL_TIMEOUT_S}s;`),
    ...all.map((address) => `server ${address} backup max_fails=0;`),
  ].join('\n    ')
}

/**
 * The instances named by SUBTEXT_UPSTREAMS (`127.0.0.1:3001,127.0.0.1:3002`), as URLs; `fallback` without it.
 * @param {string | undefined} list
 * @param {string} fallback
 */
export const upstreamsFrom = (list, fallback) =>
  list
    ? list
        .split(',')
        .map((one) => one.trim())
        .filter(Boolean)
        .map((one) => (one.includes('://') ? one : `http://${one}`))
    : [fallback]

/**
 * The nginx configuration for these settings. `upstream` is one instance of the app or several.
 * @param {{ upstream: string | string[], port: number, stateDir: string, secret: string, user?: string }} options
 */
export function renderConfig({ upstream, port, stateDir, secret, user }) {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`port must be 1–65535; got ${port}`)
  if (!secret)
    throw new Error(
      'secret (the app’s PAYLOAD_SECRET) is required: the front derives its token and placeholder from it',
    )
  if (/[\s;{}"'$]/.test(stateDir)) throw new Error(`stateDir must be a plain path; got "${stateDir}"`)
  const placeholder = placeholderNonce(secret)
  /** @type {Record<string, string>} */
  const values = {
    USER: user ? `user ${user};` : '',
    STATE_DIR: path.resolve(stateDir),
    UPSTREAM_SERVERS: upstreamServers(upstream),
    PORT: String(port),
    PLACEHOLDER: placeholder,
    PLACEHOLDER_RE: regexLiteral(placeholder),
    FRONT_TOKEN: frontToken(secret),
  }
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    const value = values[name]
    if (value === undefined) throw new Error(`nginx.conf.template names {{${name}}}, which front.mjs does not fill`)
    return value
  })
}

/**
 * Started as root (a container, CI), nginx's workers would run as root unless told otherwise: they
 * run as nobody, and own the directories they write. Anyone else runs nginx as themselves.
 * @param {string} stateDir
 * @param {string[]} writable
 */
function workerUser(stateDir, writable) {
  if (process.getuid?.() !== 0) return undefined
  for (let dir = path.dirname(stateDir); dir !== path.dirname(dir); dir = path.dirname(dir))
    if (!(statSync(dir).mode & 0o001))
      throw new Error(
        `nginx's workers run as nobody when started as root, and cannot reach ${stateDir} through ${dir}: give a stateDir whose parents others may pass through, e.g. one made with mkdtemp directly in /tmp`,
      )
  const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim())
  chmodSync(stateDir, 0o711)
  for (const dir of writable) chownSync(dir, uid, gid)
  const group = execFileSync('id', ['-gn', 'nobody'], { encoding: 'utf8' }).trim()
  return `nobody ${group}`
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} nginx
 * @param {() => string} log
 */
async function answered(url, nginx, log) {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}:\n${log()}`)
    try {
      if ((await fetch(`${url}/_front/health`)).status === 204) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`the front at ${url} did not answer within 15 s:\n${log()}`)
}

/**
 * Runs the front on 127.0.0.1:`port` in front of `upstream` (one instance of the app or several),
 * keeping its configuration, cache and pid file in `stateDir`. Resolves once it answers; `stop()`
 * ends nginx and waits for it.
 * @param {{ upstream: string | string[], port: number, stateDir: string, secret: string }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void>, log: () => string }>}
 */
export async function startFront({ upstream, port, stateDir, secret }) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install --no-install-recommends nginx`)
  const root = path.resolve(stateDir)
  const writable = ['tmp', 'cache'].map((dir) => path.join(root, dir))
  // A front that starts keeps no pages from before: purges sent while it was down are lost.
  rmSync(path.join(root, 'cache'), { recursive: true, force: true })
  for (const dir of writable) mkdirSync(dir, { recursive: true })
  const config = path.join(root, 'nginx.conf')
  writeFileSync(config, renderConfig({ upstream, port, stateDir: root, secret, user: workerUser(root, writable) }))

  let output = ''
  const nginx = spawn(NGINX, ['-e', 'stderr', '-p', root, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [nginx.stdout, nginx.stderr]) stream.on('data', (chunk) => (output += String(chunk)))
  const exited = new Promise((resolve) => nginx.once('exit', resolve))
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill('SIGTERM')
      await exited
    }
  }
  const url = `http://127.0.0.1:${port}`
  try {
    await answered(url, nginx, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop, log: () => output }
}
