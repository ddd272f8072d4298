import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { ROOT, runScript } from '../helpers/run'
import { databases, KINDS, migrationRows, noticeSkippedKinds, schemaOf } from './helpers/databases'

// Every command-line tool, run as a user would on a production database (set up by `npm run
// migrate`) but with NODE_ENV and PAYLOAD_SECRET unset, leaves its schema exactly as it was:
// tables, columns, indexes and payload_migrations. Payload's SQL adapters push their schema
// whenever NODE_ENV is not production; a tool that let them would add a `dev` row, after which
// `npm run migrate` asks whether to proceed with data loss.

noticeSkippedKinds('The schema check of the command-line tools')

const film = (slug: string) => path.join(ROOT, 'src/seed/films', `${slug}.txt`)
const failed = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`
const TIMEOUT = 120_000

describe.each(KINDS)('on a %s database set up by npm run migrate', (kind) => {
  const made = databases(kind)
  const work = mkdtempSync(path.join(tmpdir(), 'subtext-cli-schema-'))
  const backupFile = path.join(work, 'site.json.gz')
  let site = ''
  let restored = ''
  let before = ''

  // As a user runs them: no NODE_ENV, no PAYLOAD_SECRET; the site address answers nothing.
  const tool = (script: string, args: string[], uri = site) =>
    runScript(script, args, {
      DATABASE_URI: uri,
      NODE_ENV: undefined,
      PAYLOAD_SECRET: undefined,
      NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:9',
    })

  beforeAll(async () => {
    site = await made.migrated()
    restored = await made.migrated()
    before = await schemaOf(site)
    // Set up by one `npm run migrate`: every committed migration, all in its one batch.
    const batches = (await migrationRows(site)).map((row) => row.batch)
    expect(batches.length).toBeGreaterThan(0)
    expect(batches.filter((batch) => batch !== 1)).toEqual([])
  }, TIMEOUT)

  it.each([
    ['import', [film('i-am-sam'), film('miracle-in-cell-no-7')]],
    ['export', [path.join(work, 'exported')]],
    ['backup', [backupFile]],
    ['schedule', ['publish', 'films', 'i-am-sam', '--at', '2099-01-01T00:00:00Z']],
  ])(
    'npm run %s works and changes no schema',
    async (script, args) => {
      const run = await tool(script, args)
      expect(run.code, failed(run)).toBe(0)
      expect(await schemaOf(site)).toBe(before)
    },
    TIMEOUT,
  )

  it(
    'npm run restore works and changes no schema',
    async () => {
      const run = await tool('restore', [backupFile], restored)
      expect(run.code, failed(run)).toBe(0)
      expect(run.stderr).toMatch(/Restored .*films 2/)
      expect(await schemaOf(restored)).toBe(before)
    },
    TIMEOUT,
  )

  it(
    "npm run dev's first-run seed refuses it, changing nothing",
    async () => {
      const run = await tool('predev', [])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(
        'preparing the development database failed: DATABASE_URI names a database set up by `npm run migrate`',
      )
      expect(await schemaOf(site)).toBe(before)
    },
    TIMEOUT,
  )

  it(
    'npm run migrate afterwards has nothing to do and asks nothing',
    async () => {
      const runs = await Promise.all([site, restored].map((uri) => runScript('migrate', [], { DATABASE_URI: uri })))
      for (const run of runs) {
        expect(run.code, failed(run)).toBe(0)
        expect(failed(run)).not.toMatch(/Migrating:|dev mode|data loss/)
      }
      expect(await schemaOf(site)).toBe(before)
      expect(await schemaOf(restored)).toBe(before)
    },
    TIMEOUT,
  )
})
