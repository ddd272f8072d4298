import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ROOT, runScript } from '../helpers/run'

// Production applies only committed migrations, so they must describe the collections exactly.
// `migrate:create --skip-empty` writes a migration only when they do not; any file it writes is
// removed again and the test fails, naming the adapter to regenerate.

const adapters = [
  { kind: 'sqlite', uri: 'file:./data/migration-drift-check.db' },
  ...(process.env.TEST_POSTGRES_URL ? [{ kind: 'postgres', uri: process.env.TEST_POSTGRES_URL }] : []),
]
if (!process.env.TEST_POSTGRES_URL) console.warn('migration check on postgres skipped: TEST_POSTGRES_URL is not set.')

describe.each(adapters)('committed $kind migrations', ({ kind, uri }) => {
  it('match the collections', async () => {
    const dir = path.join(ROOT, 'src/migrations', kind)
    const index = readFileSync(path.join(dir, 'index.ts'), 'utf8')
    const before = new Set(readdirSync(dir))
    const { code, stderr } = await runScript('payload', ['migrate:create', 'drift-check', '--skip-empty'], {
      DATABASE_URI: uri,
    })
    const added = readdirSync(dir).filter((file) => !before.has(file))
    for (const file of added) rmSync(path.join(dir, file))
    writeFileSync(path.join(dir, 'index.ts'), index)
    expect(code, stderr).toBe(0)
    expect(added, `the ${kind} migrations are behind the collections: run migrate:create for ${kind}`).toEqual([])
  })
})
