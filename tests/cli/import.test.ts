import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { revalidationToken } from '../../src/lib/revalidate'
import { ROOT, runScript } from '../helpers/run'
import { databases, query } from './helpers/databases'
import { recordingSite } from './helpers/recordingSite'

// `npm run import` as an editor runs it: a real process on a database `npm run migrate` set up.

const seedFile = path.join(ROOT, 'src/seed/films/miracle-in-cell-no-7.txt')
const expected = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/unit/filmText/expected/miracle-in-cell-no-7.json'), 'utf8'),
) as unknown
const made = databases('sqlite')
let database = ''
beforeAll(async () => {
  database = await made.migrated()
})
const importCli = (...args: string[]) => runScript('import', args, { DATABASE_URI: database })

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

describe('npm run import and the running site', () => {
  // Stands in for the site: records each request the importer sends it.
  const site = recordingSite()
  const { requests } = site

  // As on a production server; NODE_ENV=production also keeps a development secret out of it.
  const importInProduction = (file: string, secret?: string) =>
    runScript('import', [path.join(ROOT, 'src/seed/films', file)], {
      DATABASE_URI: database,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      NEXT_PUBLIC_SERVER_URL: site.url(),
    })

  it('runs without PAYLOAD_SECRET, says in one line that the site is not refreshed, and sends it nothing', async () => {
    requests.length = 0
    const { code, stderr } = await importInProduction('i-am-sam.txt')
    expect(code, stderr).toBe(0)
    expect(stderr).toContain('✓ i-am-sam.txt → /films/i-am-sam: film created')
    const warnings = stderr.split('\n').filter((line) => line.startsWith('warning: PAYLOAD_SECRET'))
    expect(warnings).toEqual([
      `warning: PAYLOAD_SECRET is not set, so the site at ${site.url()} is not asked to refresh its cache and may show old content until it restarts; to refresh it, set PAYLOAD_SECRET to the site's secret.`,
    ])
    expect(requests).toEqual([])
  }, 120_000)

  it("with the site's PAYLOAD_SECRET, asks the site to expire the pages it changed, signed as the site checks", async () => {
    requests.length = 0
    const secret = 'a-site-secret-of-more-than-thirty-two-characters'
    const { code, stderr } = await importInProduction('life-is-beautiful.txt', secret)
    expect(code, stderr).toBe(0)
    expect(stderr).not.toContain('PAYLOAD_SECRET')
    // Payload signs with its own key derived from the configured secret, as the site's /revalidate route does.
    const key = createHash('sha256').update(secret).digest('hex').slice(0, 32)
    expect(requests.length).toBeGreaterThan(0)
    for (const request of requests) {
      expect(request.url).toBe('/revalidate')
      expect(request.authorization).toBe(`Bearer ${revalidationToken(key)}`)
    }
    const tags = requests.flatMap((request) => (JSON.parse(request.body) as { tags: string[] }).tags)
    expect(tags).toContain('films:life-is-beautiful')
  }, 120_000)
})

describe('npm run import credits new work to an author', () => {
  let own = ''
  const sample = (file: string) => path.join(ROOT, 'src/seed/films', file)
  const importAs = (...args: string[]) => runScript('import', args, { DATABASE_URI: own })
  /** The emails of the authors of a film, its symbols and its essays (null: no author). */
  const authorsOf = async (slug: string): Promise<(string | null)[]> => {
    const film = `SELECT id FROM films WHERE slug = '${slug}'`
    const rows = (await query(
      own,
      `SELECT DISTINCT u.email AS email FROM (
         SELECT author_id FROM films WHERE id IN (${film})
         UNION ALL SELECT author_id FROM symbols WHERE film_id IN (${film})
         UNION ALL SELECT e.author_id FROM essays e JOIN essays_rels r ON r.parent_id = e.id WHERE r.films_id IN (${film})
       ) AS a LEFT JOIN users u ON u.id = a.author_id`,
    )) as { email: string | null }[]
    return rows.map((row) => row.email)
  }
  beforeAll(async () => {
    own = await made.migrated()
  })

  it('with no account yet, imports without an author and says so', async () => {
    const { code, stderr } = await importAs(sample('i-am-sam.txt'))
    expect(code, stderr).toBe(0)
    expect(stderr).toContain(
      'warning: no admin account exists yet, so the new films, symbols and essays have no author',
    )
    expect(await authorsOf('i-am-sam')).toEqual([null])
  }, 120_000)

  it('refuses an --as that names no account, before writing anything', async () => {
    // A writer created first, then two admins: the default is the admin created first.
    await query(
      own,
      `INSERT INTO users (id, name, role, email, created_at) VALUES
         (11, 'Wren Writer', 'writer', 'wren@subtext.test', '2026-01-01T00:00:00.000Z'),
         (12, 'Ada Admin', 'admin', 'ada@subtext.test', '2026-01-02T00:00:00.000Z'),
         (13, 'Bo Admin', 'admin', 'bo@subtext.test', '2026-01-03T00:00:00.000Z')`,
    )
    const { code, stderr } = await importAs('--as', 'nobody@subtext.test', sample('life-is-beautiful.txt'))
    expect(code).toBe(2)
    expect(stderr).toContain(
      'No account has the email "nobody@subtext.test". Pass --as with the email of an existing account',
    )
    expect(await query(own, `SELECT id FROM films WHERE slug = 'life-is-beautiful'`)).toEqual([])
  }, 120_000)

  it('without --as, credits the first admin; with --as, that account', async () => {
    const byDefault = await importAs(sample('life-is-beautiful.txt'))
    expect(byDefault.code, byDefault.stderr).toBe(0)
    expect(byDefault.stderr).not.toContain('no admin account')
    expect(await authorsOf('life-is-beautiful')).toEqual(['ada@subtext.test'])
    const asWriter = await importAs('--as', 'Wren@Subtext.test', '--draft', sample('miracle-in-cell-no-7.txt'))
    expect(asWriter.code, asWriter.stderr).toBe(0)
    expect(await authorsOf('miracle-in-cell-no-7')).toEqual(['wren@subtext.test'])
  }, 180_000)
})
