import { describe, expect, it } from 'vitest'

import { runScript } from '../helpers/run'
import { databases, KINDS, noticeSkippedKinds, query } from './helpers/databases'

// `npm run recount` puts back the values kept for counts (src/recount/recount.ts) after a write
// that went around the site: here a theme inserted by hand, claiming films it does not have.

noticeSkippedKinds('npm run recount')

const TIMEOUT = 120_000

describe.each(KINDS)('npm run recount on %s', (kind) => {
  const made = databases(kind)

  it(
    'recomputes a stale count, says how many were stale, and finds none the second time',
    async () => {
      const uri = await made.migrated()
      await query(uri, "INSERT INTO themes (name, slug, published_films) VALUES ('Hand-made', 'hand-made', 5)")
      const first = await runScript('recount', [], { DATABASE_URI: uri })
      expect(first.code, first.stderr).toBe(0)
      expect(JSON.parse(first.stdout)).toEqual({ symbols: 0, essays: 0, themes: 1, genres: 0 })
      expect(first.stderr).toContain('themes: 1 stale value(s) recomputed')
      const [theme] = (await query(uri, "SELECT published_films FROM themes WHERE slug = 'hand-made'")) as {
        published_films: unknown
      }[]
      expect(Number(theme!.published_films)).toBe(0)
      const second = await runScript('recount', [], { DATABASE_URI: uri })
      expect(JSON.parse(second.stdout)).toEqual({ symbols: 0, essays: 0, themes: 0, genres: 0 })
    },
    TIMEOUT,
  )

  it(
    'refuses arguments, saying it takes none',
    async () => {
      const run = await runScript('recount', ['--all'], { DATABASE_URI: made.missing() })
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('npm run recount takes no arguments; got "--all"')
    },
    TIMEOUT,
  )
})
