import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

// Starting the production build: what the e2e global setup does once for every test file, and
// what a test that needs a server of its own (its own database, its own log) does again from the
// same build.

export const ROOT = path.resolve(import.meta.dirname, '../../..')

const PASSWORD = 'a long enough password'
export const accounts = {
  admin: { email: 'admin@example.test', password: PASSWORD },
  editor: { email: 'editor@example.test', password: PASSWORD },
  writer: { email: 'writer@example.test', password: PASSWORD },
}
export type Role = keyof typeof accounts

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

/** The environment of a production server on `port` writing to `databaseUri`. */
export const productionEnv = (databaseUri: string, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: databaseUri,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: '1',
  // The app's job runner checks every 2 s rather than every minute, so a scheduled publish that
  // falls due is seen within a test's patience; the schedule itself is unchanged.
  SUBTEXT_JOBS_CRON: '*/2 * * * * *',
})

/** A documented command, with the flags package.json gives it; its output goes to this process's. */
export const npmRun = (env: NodeJS.ProcessEnv, script: string, args: string[] = []) =>
  execFileSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })

async function post(url: string, body: unknown, token?: string): Promise<{ token?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as { token?: string }
}

/** The create-first-user path makes the admin, who then adds an editor and a writer. */
async function createAccounts(baseURL: string): Promise<void> {
  const { token } = await post(`${baseURL}/api/users/first-register`, { ...accounts.admin, name: 'Admin' })
  for (const role of ['editor', 'writer'] as const) {
    await post(`${baseURL}/api/users`, { ...accounts[role], name: role, role }, token)
  }
}

/** A session token for each account, signed in through the REST API. */
export async function signIn(baseURL: string): Promise<Record<Role, string>> {
  const tokens: Partial<Record<Role, string>> = {}
  for (const role of Object.keys(accounts) as Role[]) {
    tokens[role] = (await post(`${baseURL}/api/users/login`, accounts[role])).token
  }
  return tokens as Record<Role, string>
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the server at ${url} did not answer within ${timeoutMs} ms`)
}

export type ProductionServer = {
  baseURL: string
  /** Everything the server wrote to stdout and stderr so far (when started with `captureLog` or `logFile`). */
  log: () => string
  stop: () => Promise<void>
}

/** How long a stopped server may take to finish its requests before it is killed. */
const STOP_GRACE_MS = 10_000

/**
 * `next start` of the existing build on the database `env` names (migrated and ready), with the
 * admin, editor and writer accounts registered (unless `register` is false: a second instance on a
 * database the first one already registered them in). With `captureLog` its output is kept for the
 * test instead of being shown; with `logFile` it is shown and also appended to that file, for tests
 * in other processes to read.
 */
export async function startProductionServer(
  env: NodeJS.ProcessEnv,
  { captureLog = false, logFile, register = true }: { captureLog?: boolean; logFile?: string; register?: boolean } = {},
): Promise<ProductionServer> {
  const port = env.PORT!
  // Started directly (not through npm) and in its own process group: next start leaves a
  // next-server child, and stopping the group stops both.
  const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', port, '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: captureLog || logFile ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: true,
  })
  let output = ''
  const keep = (shown: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString()
    if (captureLog) return
    shown.write(chunk)
    if (logFile) appendFileSync(logFile, chunk)
  }
  server.stdout?.on('data', keep(process.stdout))
  server.stderr?.on('data', keep(process.stderr))
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const stop = async () => {
    if (server.pid && server.exitCode === null && server.signalCode === null) {
      process.kill(-server.pid, 'SIGTERM')
      // What a supervisor does after its stop timeout (Docker's is 10 s): under load the front
      // keeps this server's keep-alive connections busy, and Next's graceful close waits for every
      // connection to end, which can take minutes (docs/deploy.md, "Rollout").
      const kill = setTimeout(() => {
        try {
          process.kill(-server.pid!, 'SIGKILL')
        } catch {
          // Already gone.
        }
      }, STOP_GRACE_MS)
      await exited
      clearTimeout(kill)
    }
  }
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitForServer(baseURL, server)
    if (register) await createAccounts(baseURL)
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}${output ? `\n${output}` : ''}`)
  }
  return { baseURL, log: () => output, stop }
}
