import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { freePort, ROOT, startProcess, waitForOk } from './processes.mjs'

// Subtext's production build on a database of its own: fresh, migrated by `npm run migrate`,
// filled by the real importer (or the catalogue generator), served by `next start` on loopback,
// with an admin and an editor registered through the REST API as a first visit would.

/** The admin (first user) and the editor whose REST calls publish. */
export const EDITOR = { email: 'bench-editor@example.test', password: 'a long enough password', role: 'editor' }
const ADMIN = { email: 'bench-admin@example.test', password: 'a long enough password', name: 'Admin' }

/** A new empty database: the SQLite file `dir/<name>.db`, or a PostgreSQL database dropped by `drop()`. */
export async function freshDatabase(kind, dir, name) {
  if (kind === 'sqlite') {
    const file = path.join(dir, `${name}.db`)
    if (existsSync(file)) throw new Error(`${file} exists: each server of a run needs a database of its own`)
    return { uri: `file:${file}`, drop: async () => {} }
  }
  const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const database = `subtext_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const uri = new URL(server)
  uri.pathname = `/${database}`
  return {
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await client.end()
    },
  }
}

/** The environment of a production server (and of the CLIs that write to its database). */
export const appEnv = ({ databaseUri, port, secret, extra = {} }) => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: databaseUri,
  PAYLOAD_SECRET: secret,
  PORT: String(port),
  NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
  ...extra,
})

/**
 * `npm run <script> -- args` as the documentation gives it; its output goes to `logFile` too.
 * Resolves with its stdout.
 */
export function npmRun(env, script, args, logFile) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' })
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      log.write(chunk)
    })
    child.stderr.pipe(log, { end: false })
    child.once('error', reject)
    child.once('close', (code) => {
      log.end()
      if (code === 0) resolve(stdout)
      else reject(new Error(`npm run ${script} exited with ${code} (its output: ${logFile})`))
    })
  })
}

async function postJson(url, body, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`)
  return response.json()
}

/** Logs `account` in and returns its JWT. */
export const login = async (baseURL, account) =>
  (await postJson(`${baseURL}/api/users/login`, { email: account.email, password: account.password })).token

/**
 * Starts `next start` on an existing migrated database and waits for its first 200 on `/`;
 * `coldStartMs` is the time from spawning to that answer. `nodeFlags` go to the Node process.
 */
export async function startApp({ databaseUri, secret, port, dir, name, extra, nodeFlags = [] }) {
  port ??= await freePort()
  const env = appEnv({ databaseUri, port, secret, extra })
  const baseURL = `http://127.0.0.1:${port}`
  const started = performance.now()
  // Node runs Next's CLI itself so that `nodeFlags` (a profiler) apply: `next start` serves in that process.
  const next = path.join(ROOT, 'node_modules/next/dist/bin/next')
  const server = startProcess(process.execPath, [...nodeFlags, next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    logFile: path.join(dir, `${name}.log`),
  })
  let coldStartMs
  try {
    coldStartMs = await waitForOk(`${baseURL}/`, { child: server.child, started })
  } catch (error) {
    await server.stop()
    throw new Error(`${error.message} (log: ${server.logFile})`)
  }
  return { baseURL, env, secret, coldStartMs, stop: server.stop, ended: server.ended, logFile: server.logFile }
}

/** Registers the admin and the editor; resolves with the editor's JWT. */
export async function registerAccounts(baseURL) {
  const { token } = await postJson(`${baseURL}/api/users/first-register`, ADMIN)
  await postJson(`${baseURL}/api/users`, { ...EDITOR, name: 'Editor' }, token)
  return login(baseURL, EDITOR)
}

/**
 * A fresh database of `kind` migrated and filled by `fill(env, logFile)` (default: the sample films
 * through the importer), then served. Resolves with the server, the editor's token and what `fill`
 * returned. The setup commands' output goes to `dir/<name>-setup.log`.
 */
export async function provisionApp({ kind, dir, name, fill, extra, port }) {
  const database = await freshDatabase(kind, dir, name)
  const secret = randomBytes(32).toString('hex')
  port ??= await freePort()
  const env = appEnv({ databaseUri: database.uri, port, secret, extra })
  try {
    const logFile = path.join(dir, `${name}-setup.log`)
    await npmRun(env, 'migrate', [], logFile)
    const filled = await (fill ?? importSamples)(env, logFile)
    const app = await startApp({ databaseUri: database.uri, secret, port, dir, name, extra })
    const editorToken = await registerAccounts(app.baseURL)
    return {
      ...app,
      kind,
      filled,
      editorToken,
      stop: async () => {
        await app.stop()
        await database.drop()
      },
    }
  } catch (error) {
    await database.drop()
    throw error
  }
}

/** The sample films the first run imports (src/seed/films), through `npm run import`. */
export async function importSamples(env, logFile) {
  const dir = path.join(ROOT, 'src/seed/films')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f))
  await npmRun(env, 'import', files, logFile)
  return { films: files.length }
}

/** `app` started again on its database and port after something else ended it; its editor logged in again. */
export async function restartApp(app, dir, label) {
  const port = Number(new URL(app.baseURL).port)
  const server = await startApp({
    databaseUri: app.env.DATABASE_URI,
    secret: app.secret,
    port,
    dir,
    name: `app-restarted-before-${label}`,
    extra: app.env,
  })
  return {
    ...app,
    ...server,
    coldStartMs: app.coldStartMs,
    editorToken: await login(server.baseURL, EDITOR),
    stop: async () => {
      await server.stop()
      await app.stop()
    },
  }
}
