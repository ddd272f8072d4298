import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ROOT, runScript } from '../helpers/run'
import { databases, exists, KINDS, migrationRows, noticeSkippedKinds, query, schemaOf } from './helpers/databases'

// A tool pointed at a database whose migrations are missing or behind says to run them, and
// changes nothing. Only `npm run dev`'s first run creates a schema, and only a development
// database's: a new one, or one it made before, which the tools then use as it is.

noticeSkippedKinds('The tools on databases without migrations')

const failed = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`
const TIMEOUT = 120_000
const work = mkdtempSync(path.join(tmpdir(), 'subtext-cli-unmigrated-'))

describe.each(KINDS)('on %s', (kind) => {
  const made = databases(kind)
  const tool = (script: string, args: string[], uri: string) =>
    runScript(script, args, { DATABASE_URI: uri, NODE_ENV: undefined, PAYLOAD_SECRET: undefined })
  const exportFrom = (uri: string) => tool('export', [path.join(work, `${kind}-export`)], uri)

  it(
    'a tool on a database that does not exist says so, and creates none',
    async () => {
      const uri = made.missing()
      const run = await exportFrom(uri)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/export failed: .*does not exist/)
      expect(await exists(uri)).toBe(false)
    },
    TIMEOUT,
  )

  it(
    'a tool on a database without tables says to run npm run migrate, and creates none',
    async () => {
      const uri = await made.empty()
      const before = await schemaOf(uri)
      const run = await exportFrom(uri)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(
        /export failed: the database named by DATABASE_URI has no Subtext tables \(.*payload_migrations.*\)\. Run `npm run migrate` first\.\n/,
      )
      expect(await schemaOf(uri)).toBe(before)
    },
    TIMEOUT,
  )

  it(
    'a tool on a database whose migrations are behind names the missing ones, and changes nothing',
    async () => {
      const uri = await made.migrated()
      // As a database migrated before the latest committed migration was written.
      const latest = (await migrationRows(uri)).at(-1)!
      await query(uri, `DELETE FROM payload_migrations WHERE name = '${latest.name}'`)
      const before = await schemaOf(uri)
      const run = await exportFrom(uri)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(
        new RegExp(
          `export failed: the database named by DATABASE_URI lacks 1 of Subtext's \\d+ migrations \\(${latest.name}\\)\\. Run \`npm run migrate\` first; nothing was changed\\.`,
        ),
      )
      expect(await schemaOf(uri)).toBe(before)
    },
    TIMEOUT,
  )

  describe("npm run dev's first run on a database that does not exist yet", () => {
    let uri = ''

    it(
      'creates it and its schema, marked as a development one, and seeds it',
      async () => {
        uri = made.missing()
        const run = await tool('predev', [], uri)
        expect(run.code, failed(run)).toBe(0)
        expect(run.stdout).toContain('imported /films/miracle-in-cell-no-7')
        expect(run.stdout).toContain('A development admin was created.')
        expect(await migrationRows(uri)).toEqual([{ name: 'dev', batch: -1 }])
        // The sample work is the development admin's, so the review workflow's Author filter finds it.
        for (const table of ['films', 'symbols', 'essays']) {
          const rows = (await query(
            uri,
            `SELECT u.email AS email, count(*) AS n FROM ${table} t LEFT JOIN users u ON u.id = t.author_id GROUP BY u.email`,
          )) as { email: string | null; n: number | string }[]
          expect(
            rows.map((row) => row.email),
            table,
          ).toEqual(['admin@subtext.local'])
        }
      },
      TIMEOUT,
    )

    it(
      'the tools then use that development database as it is',
      async () => {
        const before = await schemaOf(uri)
        const run = await tool('import', [path.join(ROOT, 'src/seed/films/i-am-sam.txt')], uri)
        expect(run.code, failed(run)).toBe(0)
        expect(run.stderr).toContain('✓ i-am-sam.txt → /films/i-am-sam: film unchanged')
        expect(await schemaOf(uri)).toBe(before)
      },
      TIMEOUT,
    )
  })
})
