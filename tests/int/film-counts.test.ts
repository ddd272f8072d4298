import type * as NextCache from 'next/cache'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { formatFilm, type ParsedFilm } from '../../src/filmText'
import { importFiles } from '../../src/import/importFiles'
import { startPayload } from './helpers/payload'

// The facets of /films and the themes of the home page are counted by the database (grouped
// queries, src/lib/content/filmCounts.ts), which applies the visitor's read rule itself: a draft
// film must count for nobody but a previewer.

const state = vi.hoisted(() => ({ payload: null as Payload | null }))

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

const film = (n: number, fields: Partial<ParsedFilm>): ParsedFilm => ({
  title: `Counted Facet ${n}`,
  slug: `counted-facet-${n}`,
  logline: null,
  originalTitle: null,
  tagline: null,
  releaseDate: '1994-05-01',
  country: 'Japan',
  runtimeMinutes: 90,
  rating: null,
  directors: [],
  cast: [],
  genres: ['Drama'],
  themes: ['Memory'],
  boxOffice: null,
  symbols: [],
  questions: [],
  coreMeaning: null,
  ...fields,
})

async function importFilms(films: ParsedFilm[], draft = false): Promise<void> {
  const sources = films.map((f) => ({ file: `${f.slug}.txt`, text: formatFilm(f) }))
  const outcomes = await importFiles(state.payload!, sources, { draft })
  expect(outcomes.filter((o) => !o.ok)).toEqual([])
}

describe('film counts by theme, genre, country and decade', () => {
  beforeAll(async () => {
    state.payload = await startPayload()
    await importFilms([
      film(1, {}),
      film(2, { themes: ['Memory', 'Exile'], genres: ['Drama', 'War'], releaseDate: '1999-12-31' }),
      film(3, { themes: ['Exile'], country: 'France', releaseDate: '2001-01-01' }),
    ])
    // A draft carrying a theme and a country of its own, and the published ones'.
    await importFilms([film(4, { themes: ['Secrecy', 'Memory'], country: 'Chile', releaseDate: '1962-01-01' })], true)
  })

  it('count each published film once per value', async () => {
    const facets = await content.getFilmFacets()
    expect(facets.themes.map(({ name, count }) => [name, count])).toEqual([
      ['Exile', 2],
      ['Memory', 2],
    ])
    expect(facets.genres.map(({ name, count }) => [name, count])).toEqual([
      ['Drama', 3],
      ['War', 1],
    ])
    expect(facets.countries).toEqual([
      { name: 'France', count: 1 },
      { name: 'Japan', count: 2 },
    ])
    expect(facets.decades).toEqual([
      { decade: 2000, count: 1 },
      { decade: 1990, count: 2 },
    ])
  })

  it('give the home page its themes by films, without the draft', async () => {
    const themes = await content.listThemes()
    expect(themes.map(({ name, filmCount }) => [name, filmCount])).toEqual([
      ['Exile', 2],
      ['Memory', 2],
      ['Secrecy', 0],
    ])
  })
})
