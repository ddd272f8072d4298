import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film } from '@/payload-types'
import { recountPublishedFilms } from '../../src/lib/content/publishedFilmCounts'
import { sql, sqlRows } from '../../src/lib/content/sqlRows'
import { makeUser, startPayload } from './helpers/payload'

// Each theme's and genre's count of published films is kept on its row by the film writes
// (src/lib/content/publishedFilmCounts.ts, collections/hooks/publishedFilms.ts), and a visitor's
// facets read it: after any write, it must equal what the visitor's own read of films counts.

let payload: Payload

type Taxonomy = 'themes' | 'genres'

const onPostgres = process.env.TEST_ADAPTER === 'postgres'
if (!onPostgres)
  console.warn(
    `published-film-counts' concurrent cases skipped on ${process.env.TEST_ADAPTER}: they test PostgreSQL's row locks (SQLite lets one writer at a time).`,
  )

const kept = async (taxonomy: Taxonomy, id: number): Promise<number> => {
  const [row] = await sqlRows<{ n: unknown }>(
    payload,
    sql`SELECT published_films AS n FROM ${sql.identifier(taxonomy)} WHERE id = ${id}`,
  )
  return Number(row?.n)
}

const visitorCount = async (taxonomy: Taxonomy, id: number): Promise<number> =>
  (await payload.count({ collection: 'films', overrideAccess: false, where: { [taxonomy]: { equals: id } } })).totalDocs

/** Every theme's and genre's kept count beside the visitor's, by name. */
async function counts(): Promise<Record<string, [number, number]>> {
  const result: Record<string, [number, number]> = {}
  for (const taxonomy of ['themes', 'genres'] as const) {
    const { docs } = await payload.find({ collection: taxonomy, pagination: false, depth: 0 })
    for (const doc of docs) result[doc.name] = [await kept(taxonomy, doc.id), await visitorCount(taxonomy, doc.id)]
  }
  return result
}

/** The kept counts, after checking each against the visitor's. */
async function expectKept(): Promise<Record<string, number>> {
  const all = await counts()
  for (const [name, [keptCount, visitor]] of Object.entries(all))
    expect({ name, n: keptCount }).toEqual({ name, n: visitor })
  return Object.fromEntries(Object.entries(all).map(([name, [n]]) => [name, n]))
}

const term = async (collection: Taxonomy, name: string): Promise<number> =>
  (await payload.create({ collection, data: { name, slug: name.toLowerCase() } })).id

describe('kept counts of published films on themes and genres', () => {
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    payload = await startPayload()
    for (const name of ['Grief', 'Exile', 'Memory', 'Secrecy']) ids[name] = await term('themes', name)
    for (const name of ['Drama', 'War']) ids[name] = await term('genres', name)
  })

  const film = (title: string, data: Partial<Film>, draft = false) =>
    payload.create({ collection: 'films', data: { title, ...data } as Film, draft })
  const update = (id: number, data: Partial<Film>, draft = false) =>
    payload.update({ collection: 'films', id, data, draft })

  it('follow every write that changes which published films carry a theme or genre', async () => {
    const one = await film('Kept One', {
      _status: 'published',
      themes: [ids.Grief!, ids.Exile!],
      genres: [ids.Drama!],
    })
    const two = await film('Kept Two', { _status: 'draft', themes: [ids.Grief!], genres: [ids.Drama!] }, true)
    expect(await expectKept()).toEqual({ Grief: 1, Exile: 1, Memory: 0, Secrecy: 0, Drama: 1, War: 0 })

    await update(two.id, { _status: 'published' })
    expect(await expectKept()).toMatchObject({ Grief: 2, Drama: 2 })

    // Its themes and genres changed.
    await update(one.id, { themes: [ids.Exile!, ids.Memory!], genres: [ids.War!] })
    expect(await expectKept()).toEqual({ Grief: 1, Exile: 1, Memory: 1, Secrecy: 0, Drama: 1, War: 1 })

    // A draft saved over the published film: the site still shows the published one.
    await update(one.id, { _status: 'draft', themes: [ids.Secrecy!], genres: [ids.Drama!] }, true)
    expect(await expectKept()).toEqual({ Grief: 1, Exile: 1, Memory: 1, Secrecy: 0, Drama: 1, War: 1 })

    // Published from that draft: the film leaves the published one's themes, which the draft (the
    // write's previous document) no longer names.
    await update(one.id, { _status: 'published' })
    expect(await expectKept()).toEqual({ Grief: 1, Exile: 0, Memory: 0, Secrecy: 1, Drama: 2, War: 0 })

    // Unpublished: a theme with no published film left.
    await update(two.id, { _status: 'draft' })
    expect(await expectKept()).toEqual({ Grief: 0, Exile: 0, Memory: 0, Secrecy: 1, Drama: 1, War: 0 })

    await payload.delete({ collection: 'films', id: one.id })
    expect(await expectKept()).toEqual({ Grief: 0, Exile: 0, Memory: 0, Secrecy: 0, Drama: 0, War: 0 })
  })

  it('let nobody write a count', async () => {
    await film('Kept Three', { _status: 'published', themes: [ids.Memory!] })
    const writer = await makeUser(payload, 'writer')
    const written = await payload.update({
      collection: 'themes',
      id: ids.Memory!,
      data: { publishedFilms: 40 },
      overrideAccess: false,
      user: writer,
    })
    // What the save wrote, before the recount that follows it.
    expect(written.publishedFilms).toBe(1)
    expect(await kept('themes', ids.Memory!)).toBe(1)
  })

  /**
   * Runs `first` in a transaction left open, then `second` in another until it waits on a row
   * `first` holds, then commits both, first first.
   */
  const begin = async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    return req
  }

  async function overlapping(first: (req: PayloadRequest) => Promise<unknown>, second: typeof first) {
    const held = await begin()
    await first(held)
    const waiting = await begin()
    const writing = second(waiting)
    await expect
      .poll(
        async () =>
          (
            await sqlRows<{ n: unknown }>(
              payload,
              sql`SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          )[0]!.n,
        { timeout: 10_000 },
      )
      .toBe('1')
    await commitTransaction(held)
    await writing
    await commitTransaction(waiting)
  }

  const published = (title: string, theme: number) => (req: PayloadRequest) =>
    payload.create({ collection: 'films', data: { title, _status: 'published', themes: [theme] } as Film, req })

  // READ COMMITTED: the second transaction's recount must see the first's film, committed while
  // it waited on the theme's row.
  it.runIf(onPostgres)('count both of two transactions publishing films with one theme at once', async () => {
    const theme = await term('themes', 'Contended')
    await overlapping(published('Contended One', theme), published('Contended Two', theme))
    expect([await kept('themes', theme), await visitorCount('themes', theme)]).toEqual([2, 2])
  })

  // The theme's save writes back the count it read before the film's commit.
  it.runIf(onPostgres)("count a film published while its theme's save waited", async () => {
    const theme = await term('themes', 'Renamed')
    await overlapping(published('Renamed One', theme), (req) =>
      payload.update({ collection: 'themes', id: theme, data: { name: 'Renamed Again' }, req }),
    )
    expect([await kept('themes', theme), await visitorCount('themes', theme)]).toEqual([1, 1])
  })

  // Each film's credit (films_rels' foreign key) holds KEY SHARE on the theme until its commit; two
  // films credited before either recounts must not wait on each other's credit.
  it.runIf(onPostgres)(
    'recount without deadlock when two transactions credited one theme before either recounts',
    async () => {
      const theme = await term('themes', 'Shared')
      const writers = []
      for (const title of ['Shared One', 'Shared Two']) {
        const { id } = await film(title, { _status: 'published' })
        const req = await begin()
        await sqlRows(
          payload,
          sql`INSERT INTO films_rels ("order", parent_id, path, themes_id) VALUES (1, ${id}, 'themes', ${theme})`,
          req,
        )
        writers.push(req)
      }
      await Promise.all(
        writers.map(async (req) => {
          try {
            await recountPublishedFilms(req, { themes: [theme] })
            await commitTransaction(req)
          } catch (error) {
            await killTransaction(req)
            throw error
          }
        }),
      )
      expect([await kept('themes', theme), await visitorCount('themes', theme)]).toEqual([2, 2])
    },
  )
})
