import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { sampleFilmFiles } from '../../../src/seed/paths'
import { accounts, freePort, npmRun, productionEnv, ROOT, signIn, startProductionServer } from './production'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** What a CLI process needs to write to the server's database and reach the server. */
    serverEnv: Record<'DATABASE_URI' | 'PAYLOAD_SECRET' | 'NEXT_PUBLIC_SERVER_URL', string>
    /** Accounts made through the REST API on the empty database: the first one is the admin. */
    accounts: Record<'admin' | 'editor' | 'writer', { email: string; password: string }>
    /**
     * Each account signed in once, for every test file to share: a file logging in again for itself
     * would, over a whole run, meet the login limits (per account and per address) the tests prove.
     */
    tokens: Record<'admin' | 'editor' | 'writer', string>
    /** The file the shared server's output is appended to as well, for tests to read its errors. */
    serverLog: string
  }
}

// One production build serves every end-to-end test: migrations applied to a fresh SQLite
// database (production never pushes schema), the sample films imported by the real CLI, one
// draft film imported with --draft, then `next start`. SUBTEXT_E2E_REUSE_BUILD=1 skips the build
// when .next already holds one (handy while writing tests; CI always builds).

export const DRAFT_FIXTURE = path.join(ROOT, 'tests/fixtures/films/the-unfinished-draft.txt')

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(path.join(tmpdir(), 'subtext-e2e-'))
  const env = productionEnv(`file:${path.join(work, 'e2e.db')}`, await freePort())
  if (!(process.env.SUBTEXT_E2E_REUSE_BUILD === '1' && existsSync(path.join(ROOT, '.next/BUILD_ID')))) {
    npmRun(env, 'build')
  }
  npmRun(env, 'migrate')
  npmRun(env, 'import', sampleFilmFiles())
  npmRun(env, 'import', ['--draft', DRAFT_FIXTURE])

  const serverLog = path.join(work, 'server.log')
  writeFileSync(serverLog, '')
  const server = await startProductionServer(env, { logFile: serverLog })
  project.provide('baseURL', server.baseURL)
  project.provide('serverLog', serverLog)
  project.provide('accounts', accounts)
  project.provide('tokens', await signIn(server.baseURL))
  project.provide('serverEnv', {
    DATABASE_URI: env.DATABASE_URI!,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET!,
    NEXT_PUBLIC_SERVER_URL: server.baseURL,
  })
  return server.stop
}
