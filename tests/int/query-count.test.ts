import type * as NextCache from 'next/cache'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { databaseAdapter } from '../../src/database/adapter'
import { formatFilm, type ParsedFilm } from '../../src/filmText'
import { importFiles } from '../../src/import/importFiles'

// Counts the database queries each public content read makes, with 2 and then 8 films sharing a
// person, a genre and a theme: a read whose count grows with the films on its page queries once per
// item (an N+1), which at ten thousand films is thousands of queries for one page.

const state = vi.hoisted(() => ({ payload: null as Payload | null, queries: 0 }))

// The reads run as a visitor outside Next: no request, no draft mode, no cache in front.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof NextCache>()),
  unstable_cache: <T>(query: T) => query,
}))
vi.mock('next/headers', () => ({
  draftMode: () => Promise.resolve({ isEnabled: false }),
  headers: () => Promise.resolve(new Headers()),
}))
vi.mock('../../src/lib/payload', () => ({ payloadClient: () => Promise.resolve(state.payload) }))

const content = await import('../../src/lib/content')

/** Payload on this file's database, every statement counted: Drizzle's logger, or Mongoose's debug hook. */
async function startCountingPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const logger = { logQuery: () => void (state.queries += 1) }
  const sql = process.env.TEST_ADAPTER !== 'mongodb'
  const db = sql ? { ...config.db, ...databaseAdapter(undefined, { logger }) } : config.db
  const payload = await getPayload({ config: { ...config, db } })
  if (!sql) {
    const { mongoose } = payload.db as unknown as { mongoose: { set: (key: 'debug', fn: () => void) => void } }
    mongoose.set('debug', () => void (state.queries += 1))
  }
  return payload
}

const film = (n: number): ParsedFilm => ({
  title: `Counted Film ${n}`,
  slug: `counted-film-${n}`,
  logline: `The ${n}th film of the query count.`,
  originalTitle: null,
  tagline: null,
  releaseDate: `${2000 + n}-05-01`,
  country: 'France',
  runtimeMinutes: 100,
  rating: { score: 7, votes: 100 + n },
  directors: ['Shared Director'],
  cast: [`Actor Number${n}`, 'Shared Actor'],
  genres: ['Drama'],
  themes: ['Sacrifice'],
  boxOffice: { amount: 1000 * n, currency: 'EUR' },
  symbols: [
    { name: 'The Shared Lantern', meaning: `Light ${n}.`, context: `A lantern in film ${n}.` },
    { name: `The Own Object ${n}`, meaning: `Only film ${n} has it.`, context: 'Once.' },
  ],
  questions: [{ question: `Is film ${n} about sacrifice?`, discussion: `Film ${n} says so.` }],
  coreMeaning: `Film ${n} means sacrifice.`,
})

async function importFilms(from: number, to: number): Promise<void> {
  const sources = []
  for (let n = from; n <= to; n++) sources.push({ file: `counted-${n}.txt`, text: formatFilm(film(n)) })
  const outcomes = await importFiles(state.payload!, sources)
  expect(outcomes.filter((o) => !o.ok)).toEqual([])
}

/** Every read a public page makes, by the page that makes it. */
const PAGES: Record<string, () => Promise<unknown>> = {
  home: () => content.getHomeContent(),
  'films list': () => content.listFilms({ sort: '-releaseDate' }),
  'films list by theme': () => content.listFilms({ theme: 'sacrifice', sort: 'title' }),
  'films list by genre': () => content.listFilms({ genre: 'drama', sort: '-rating' }),
  'films facets': () => content.getFilmFacets(),
  'film page': async () => {
    const shown = await content.getFilm('counted-film-1')
    await Promise.all([content.getFilmAnalysis(shown!.id), content.getRelatedFilms(shown!)])
  },
  'symbol page': () => content.getSymbolPage('counted-film-1', 'the-shared-lantern'),
  'essay page': () => content.getEssayPage('counted-film-1-core-meaning'),
  'theme page': () => content.getThemeFilmsPage('sacrifice', 1),
  'symbol atlas': () => content.getAtlasPage(1),
  'essays index': () => content.listEssays({}),
  'essays index by film and kind': () => content.listEssays({ film: 'counted-film-1', kind: 'philosophical-question' }),
  'genre page': () => content.getGenrePage('drama'),
  'person page': () => content.getPersonPage('shared-director'),
  themes: () => content.listThemes(),
  sitemap: async () => {
    const segments = await content.listSitemapSegments()
    await Promise.all(segments.map((segment) => content.listPublishedPaths(segment)))
  },
  feed: () => content.listFeedItems(),
}

async function countQueries(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [page, read] of Object.entries(PAGES)) {
    state.queries = 0
    await read()
    counts[page] = state.queries
  }
  return counts
}

describe('queries per public page', () => {
  let withTwo: Record<string, number>
  let withEight: Record<string, number>

  beforeAll(async () => {
    state.payload = await startCountingPayload()
    await importFilms(1, 2)
    withTwo = await countQueries()
    await importFilms(3, 8)
    withEight = await countQueries()
    await state.payload.destroy()
  })

  it('counts the queries (the hook sees every read)', () => {
    for (const count of Object.values(withTwo)) expect(count).toBeGreaterThan(0)
  })

  it.each(Object.keys(PAGES))('%s makes as many queries for 8 films as for 2', (page) => {
    expect({ page, queries: withEight[page] }).toEqual({ page, queries: withTwo[page] })
  })
})
