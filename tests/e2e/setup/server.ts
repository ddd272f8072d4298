import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { sampleFilmFiles } from '../../../src/seed/paths'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** What a CLI process needs to write to the server's database and reach the server. */
    serverEnv: Record<'DATABASE_URI' | 'PAYLOAD_SECRET' | 'NEXT_PUBLIC_SERVER_URL', string>
    /** Accounts made through the REST API on the empty database: the first one is the admin. */
    accounts: Record<'admin' | 'editor' | 'writer', { email: string; password: string }>
  }
}

const PASSWORD = 'a long enough password'
const accounts = {
  admin: { email: 'admin@example.test', password: PASSWORD },
  editor: { email: 'editor@example.test', password: PASSWORD },
  writer: { email: 'writer@example.test', password: PASSWORD },
}

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

// One production build serves every end-to-end test: migrations applied to a fresh SQLite
// database (production never pushes schema), the sample films imported by the real CLI, one
// draft film imported with --draft, then `next start`. SUBTEXT_E2E_REUSE_BUILD=1 skips the build
// when .next already holds one (handy while writing tests; CI always builds).

const root = path.resolve(import.meta.dirname, '../../..')
export const DRAFT_FIXTURE = path.join(root, 'tests/fixtures/films/the-unfinished-draft.txt')

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

const run = (env: NodeJS.ProcessEnv, command: string, args: string[]) =>
  execFileSync(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })

/** The documented commands, with the flags package.json gives them. */
const npmRun = (env: NodeJS.ProcessEnv, script: string, args: string[] = []) => run(env, 'npm', ['run', '--silent', script, '--', ...args])

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

export default async function setup(project: TestProject): Promise<() => void> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'subtext-e2e-')), 'e2e.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
    // The app's job runner checks every 2 s rather than every minute, so a scheduled publish that
    // falls due is seen within a test's patience; the schedule itself is unchanged.
    SUBTEXT_JOBS_CRON: '*/2 * * * * *',
  }
  if (!(process.env.SUBTEXT_E2E_REUSE_BUILD === '1' && existsSync(path.join(root, '.next/BUILD_ID')))) {
    npmRun(env, 'build')
  }
  npmRun(env, 'migrate')
  npmRun(env, 'import', sampleFilmFiles())
  npmRun(env, 'import', ['--draft', DRAFT_FIXTURE])

  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: 'inherit', detached: true })
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitForServer(baseURL, server)
    await createAccounts(baseURL)
  } catch (error) {
    if (server.pid) process.kill(-server.pid)
    throw error
  }
  project.provide('baseURL', baseURL)
  project.provide('accounts', accounts)
  project.provide('serverEnv', { DATABASE_URI: env.DATABASE_URI!, PAYLOAD_SECRET: env.PAYLOAD_SECRET!, NEXT_PUBLIC_SERVER_URL: baseURL })
  // next start leaves a next-server child: stop the whole process group.
  return () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
  }
}
