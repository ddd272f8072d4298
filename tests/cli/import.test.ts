import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ROOT, runScript } from '../helpers/run'

// `npm run import` as an editor runs it: a real process on this project's database.

const seedFile = path.join(ROOT, 'src/seed/films/miracle-in-cell-no-7.txt')
const expected = JSON.parse(readFileSync(path.join(ROOT, 'tests/unit/filmText/expected/miracle-in-cell-no-7.json'), 'utf8')) as unknown
const importCli = (...args: string[]) => runScript('import', args)

describe('npm run import', () => {
  it('--dry-run --json prints exactly the parsed seed film on stdout, and nothing else', async () => {
    const { code, stdout, stderr } = await importCli('--dry-run', '--json', seedFile)
    expect(code, stderr).toBe(0)
    expect(JSON.parse(stdout)).toEqual([expected])
    expect(stdout.trim().startsWith('[')).toBe(true)
  })

  it('names the file and line of a broken file, exits 1 and still imports the good ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'subtext-cli-'))
    const broken = path.join(dir, 'broken.txt')
    writeFileSync(broken, readFileSync(seedFile, 'utf8').replace('Cast: ', 'Cast list? '))
    const { code, stdout, stderr } = await importCli('--dry-run', '--json', broken, seedFile)
    expect(code).toBe(1)
    expect(stderr).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `))
    expect((JSON.parse(stdout) as { slug: string }[]).map((f) => f.slug)).toEqual(['miracle-in-cell-no-7'])
  })

  it('reports an unreadable file instead of crashing', async () => {
    const { code, stderr } = await importCli('/no/such/file.txt')
    expect(code).toBe(1)
    expect(stderr).toContain('/no/such/file.txt')
    expect(stderr).toContain('cannot be read')
  })

  it('prints usage without files', async () => {
    const { code, stderr } = await importCli()
    expect(code).toBe(2)
    expect(stderr).toContain('Usage: npm run import')
  })
})
