import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it, onTestFinished } from 'vitest'

import { sampleFilmFiles } from '../../src/seed/paths'
import { runScript, type RunResult } from '../helpers/run'
import { createDatabase, dropDatabase, testDatabaseName } from '../int/setup/postgres'
import {
  isAcknowledged,
  lostWrites,
  refusedCleanly,
  restClient,
  reusedIds,
  runWriter,
  type Api,
  type Attempt,
} from './helpers/restWriters'
import { accounts, freePort, npmRun, productionEnv, ROOT, startProductionServer, type Role } from './setup/production'

// The acceptance test of "never lose an acknowledged write": against a production server of its
// own (the shared build, a fresh database, its log captured), for LOAD_MS three importer
// processes import the sample films in a loop, the app's job runner carries out scheduled
// publishes, and eight REST writers create, update, publish, unpublish and delete. Afterwards
// every acknowledged write must be stored as acknowledged, every refusal must be a 503 with
// Retry-After or a 409, every importer run must succeed or fail cleanly, and the server must not
// have logged an error. It runs on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set. On
// PostgreSQL, where writers do not wait for one lock, every importer run must succeed: importers
// of the same files race on their shared slugs, and the loser writes its film again.

const LOAD_MS = 35_000
const WRITERS = 8
const IMPORTERS = 3
const IMPORT_FILES = [...sampleFilmFiles(), path.join(ROOT, 'tests/fixtures/films/the-lighthouse-winter.txt')]
/** Scheduled publishes fall due during the load, seconds after it starts. */
const SCHEDULED_AT_S = [10, 20, 30]

/** A run that did not write is clean only if it says so for each file and exits 1. */
const importFailedCleanly = ({ code, stderr }: RunResult) =>
  code === 1 &&
  stderr
    .split('\n')
    .filter((line) => line.startsWith('✗'))
    .every((line) => line.includes('nothing from this file was written')) &&
  stderr.includes('✗')

/** Payload logs through pino: an error is level 50 (fatal 60) in JSON, "ERROR" when pretty-printed. */
const loggedErrors = (log: string) =>
  log.split('\n').filter((line) => /"level":(50|60)\b|\b(ERROR|FATAL)\b/.test(line) || /unhandled|uncaught/i.test(line))

async function login(baseURL: string, role: Role): Promise<string> {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(accounts[role]),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`logging in as ${role} answered ${response.status}`)
  return token
}

async function importLoop(env: NodeJS.ProcessEnv, until: number, runs: RunResult[]): Promise<void> {
  while (Date.now() < until) runs.push(await runScript('import', IMPORT_FILES, env))
}

/** Draft films whose publish the job runner carries out during the load. */
async function scheduleFilms(api: Api, env: NodeJS.ProcessEnv, startsAt: number): Promise<Array<number | string>> {
  return Promise.all(
    SCHEDULED_AT_S.map(async (seconds, i) => {
      const slug = `cw-scheduled-${i}`
      const { status, json } = await api('POST', '/films', { title: `Scheduled ${i}`, slug, _status: 'draft' })
      if (status !== 201) throw new Error(`creating ${slug} answered ${status}`)
      const at = new Date(startsAt + seconds * 1000).toISOString()
      const run = await runScript(
        'schedule',
        ['publish', 'films', slug, '--at', at, '--as', accounts.editor.email],
        env,
      )
      if (run.code !== 0) throw new Error(`scheduling ${slug} failed: ${run.stderr}`)
      return json.doc.id as number | string
    }),
  )
}

type Figures = {
  attempted: number
  acknowledged: number
  refused: Record<string, number>
  lost: number
  imports: string
}

function summary(database: string, attempts: Attempt[], lost: string[], imports: RunResult[]): Figures {
  const refused: Record<string, number> = {}
  for (const a of attempts.filter((a) => !isAcknowledged(a))) refused[a.status] = (refused[a.status] ?? 0) + 1
  const figures = {
    attempted: attempts.length,
    acknowledged: attempts.filter(isAcknowledged).length,
    refused,
    lost: lost.length,
    imports: `${imports.length} runs, ${imports.filter((r) => r.code === 0).length} exited 0`,
  }
  console.log(`concurrent writers on ${database}: ${JSON.stringify(figures)}`)
  for (const line of lost) console.log(`  lost: ${line}`)
  for (const run of imports.filter((r) => r.code !== 0))
    console.log(
      `  import exited ${run.code}: ${run.stderr
        .split('\n')
        .filter((l) => l.startsWith('✗') || /failed/.test(l))
        .join(' | ')}`,
    )
  return figures
}

/** `importsSucceed`: every importer run must succeed; otherwise a run may also fail cleanly (a lock waited out). */
async function underLoad(database: string, databaseUri: string, { importsSucceed = false } = {}): Promise<void> {
  const env = productionEnv(databaseUri, await freePort())
  npmRun(env, 'migrate')
  const server = await startProductionServer(env, { captureLog: true })
  // Also when the test times out (a try/finally would leave the server running then).
  onTestFinished(server.stop)
  const cliEnv = { ...env, NEXT_PUBLIC_SERVER_URL: server.baseURL }
  const tokens = { admin: await login(server.baseURL, 'admin'), editor: await login(server.baseURL, 'editor') }
  const editor = restClient(server.baseURL, tokens.editor)
  const scheduled = await scheduleFilms(editor, cliEnv, Date.now() + 10_000)

  const until = Date.now() + LOAD_MS
  const attempts: Attempt[] = []
  const imports: RunResult[] = []
  const expected = Array.from({ length: WRITERS }, () => [] as Parameters<typeof runWriter>[4])
  await Promise.all([
    ...Array.from({ length: IMPORTERS }, () => importLoop(cliEnv, until, imports)),
    ...expected.map((docs, writer) =>
      runWriter(writer, restClient(server.baseURL, writer % 2 ? tokens.admin : tokens.editor), until, attempts, docs),
    ),
  ])

  const admin = restClient(server.baseURL, tokens.admin)
  const lost = [...(await lostWrites(admin, expected.flat())), ...reusedIds(attempts)]
  summary(database, attempts, lost, imports)
  expect(lost, 'acknowledged writes that are not stored as acknowledged').toEqual([])
  expect(
    attempts
      .filter((a) => !isAcknowledged(a) && !refusedCleanly(a))
      .map((a) => `${a.op} ${a.collection} ${a.id ?? ''}: ${a.status} ${a.body}`),
    'refusals other than 503 + Retry-After or 409',
  ).toEqual([])
  expect(
    imports
      .filter((r) => r.code !== 0 && (importsSucceed || !importFailedCleanly(r)))
      .map((r) => `exit ${r.code}: ${r.stderr.slice(-500)}`),
    importsSucceed ? 'importer runs that did not succeed' : 'importer runs that did not succeed or fail cleanly',
  ).toEqual([])
  expect(imports.length).toBeGreaterThanOrEqual(IMPORTERS)
  // The job runner wrote too: every scheduled publish was carried out.
  for (const id of scheduled) {
    await expect
      .poll(async () => (await admin('GET', `/films/${id}?depth=0`)).json._status, { timeout: 20_000, interval: 1000 })
      .toBe('published')
  }
  expect(loggedErrors(server.log()), 'errors the server logged').toEqual([])
  // The values kept for counts (symbols' and essays' visibility, themes' and genres' published
  // films) followed every one of those concurrent writes: a recount finds none stale.
  const recount = await runScript('recount', [], cliEnv)
  expect(recount.code, recount.stderr).toBe(0)
  expect(JSON.parse(recount.stdout), 'values kept for counts that the writes left stale').toEqual({
    symbols: 0,
    essays: 0,
    themes: 0,
    genres: 0,
  })
}

describe('concurrent writers: nothing acknowledged is lost', () => {
  it('on SQLite', async () => {
    await underLoad('SQLite', `file:${path.join(mkdtempSync(path.join(tmpdir(), 'subtext-writers-')), 'writers.db')}`)
  }, 420_000)

  const postgres = process.env.TEST_POSTGRES_URL
  if (!postgres) console.warn('concurrent writers on PostgreSQL skipped: TEST_POSTGRES_URL is not set.')
  it.runIf(postgres)(
    'on PostgreSQL',
    async () => {
      const name = testDatabaseName()
      const uri = await createDatabase(postgres!, name)
      onTestFinished(() => dropDatabase(postgres!, name)) // FORCE: even if the server still holds connections
      await underLoad('PostgreSQL', uri, { importsSucceed: true })
    },
    420_000,
  )
})
