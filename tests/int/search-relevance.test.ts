import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importFiles } from '../../src/import/importFiles'
import { rankedSearch } from '../../src/lib/search/results'
import { importSampleSite } from './helpers/sampleSite'
import { startPayload } from './helpers/payload'

// The relevance set: queries a reader would type, each with the page that must come first (or
// among the first few), over the sample films plus two written for what they lack: an accented
// title and a Japanese original title. It runs on every adapter the integration suite runs on.

let payload: Payload

const fixtureFilm = (title: string, original: string, tagline: string, symbol: string, meaning: string) => `${title}
${tagline}
${title}
${title}

${original}

"${tagline}"

1 May 2001 France 122 min ⭐ 8.0 (100)
Director: Fixture Director
Cast: Fixture Actor
Comedy
Whimsy
Box Office: $1,000

Symbols & Motifs

${symbol}

Meaning:

${meaning}

Context:

It appears once.

Philosophical Questions

Is a fixture a film?

Only in a test.

Core Meaning

A film written for the relevance tests.
`

const FIXTURES = [
  {
    file: 'amelie.txt',
    text: fixtureFilm(
      'Amélie',
      "Le Fabuleux Destin d'Amélie Poulain",
      'A shy waitress in Montmartre quietly changes the lives around her.',
      'The Garden Gnome',
      'The travelling gnome sends photographs home from the world outside.',
    ),
  },
  {
    file: 'spirited-away.txt',
    text: fixtureFilm(
      'Spirited Away',
      '千と千尋の神隠し',
      'A girl works in a bathhouse for spirits to save her parents.',
      'The Bathhouse',
      'The bathhouse is a world of work, and outside it the spirits wait for the night.',
    ),
  },
]

beforeAll(async () => {
  payload = await startPayload()
  await importSampleSite(payload)
  for (const outcome of await importFiles(payload, FIXTURES)) if (!outcome.ok) throw new Error(outcome.message)
}, 120_000)

const visitor = { overrideAccess: false } as const
const search = (q: string, page = 1, perPage = 20) => rankedSearch(payload, q, { page, perPage }, visitor)
const urls = async (q: string) => (await search(q)).results.map((r) => r.url)

const MIRACLE = '/films/miracle-in-cell-no-7'
const SHAWSHANK = '/films/the-shawshank-redemption'

/** [query, the page expected first, how many places from the top it may be (1: first)] */
const RELEVANCE: [string, string, number?][] = [
  ['backpack', `${MIRACLE}/symbols/sailor-moon-backpack`],
  ['sailor moon', `${MIRACLE}/symbols/sailor-moon-backpack`],
  ['Sailor Moon Backpack', `${MIRACLE}/symbols/sailor-moon-backpack`],
  ['hot air balloon', `${MIRACLE}/symbols/hot-air-balloon`],
  ['balloon', `${MIRACLE}/symbols/hot-air-balloon`],
  ['cell no 7', `${MIRACLE}/symbols/cell-no-7`],
  ['miracle in cell', MIRACLE],
  ['shawshank', SHAWSHANK],
  ['the shawshank redemption', SHAWSHANK],
  ['rock hammer', `${SHAWSHANK}/symbols/the-rock-hammer`],
  ['poster', `${SHAWSHANK}/symbols/the-poster-on-the-wall`],
  ['beatles', '/films/i-am-sam/symbols/the-beatles'],
  ['green eggs', '/films/i-am-sam/symbols/green-eggs-and-ham'],
  ['i am sam', '/films/i-am-sam'],
  ['life is beautiful', '/films/life-is-beautiful'],
  ['the tank', '/films/life-is-beautiful/symbols/the-tank'],
  ['the game', '/films/life-is-beautiful/symbols/the-game'],
  // Original titles, accents folded both ways.
  ['la vita e bella', '/films/life-is-beautiful'],
  ['vita è bella', '/films/life-is-beautiful'],
  ['amelie', '/films/amelie'],
  ['AMÉLIE', '/films/amelie'],
  ['fabuleux destin', '/films/amelie'],
  // The last word as a prefix, as the visitor types.
  ['amel', '/films/amelie'],
  ['benig', '/people/roberto-benigni'],
  ['sailor mo', `${MIRACLE}/symbols/sailor-moon-backpack`],
  // Korean and Japanese original titles, whole and in part.
  ['7번방의 선물', MIRACLE],
  ['선물', MIRACLE],
  ['千と千尋の神隠し', '/films/spirited-away'],
  ['神隠し', '/films/spirited-away'],
  ['千尋', '/films/spirited-away'],
  // Stemming: another form of the word finds it.
  ['sacrifices', '/themes/sacrifice'],
  ['sacrificing', '/themes/sacrifice'],
  ['roberto benigni', '/people/roberto-benigni'],
  ['morgan freeman', '/people/morgan-freeman'],
  // A title match above the bodies that mention the word more often.
  ['justice', '/essays/what-is-the-true-meaning-of-justice'],
  ['true meaning of justice', '/essays/what-is-the-true-meaning-of-justice'],
  ['hope', '/themes/hope'],
  ['unconditional paternal love', '/themes/unconditional-paternal-love'],
  ['found family', '/themes/found-family-and-solidarity'],
  ['garden gnome', '/films/amelie/symbols/the-garden-gnome'],
  ['bathhouse', '/films/spirited-away/symbols/the-bathhouse', 2],
]

describe('relevance: the expected page comes first', () => {
  it('holds at least 30 queries', () => expect(RELEVANCE.length).toBeGreaterThanOrEqual(30))

  it.each(RELEVANCE)('%s → %s', async (q, expected, within = 1) => {
    const found = await urls(q)
    expect(found.slice(0, within), `results for "${q}": ${found.slice(0, 5).join(', ')}`).toContain(expected)
  })

  it('an exact phrase ranks above the same words scattered', async () => {
    const found = await urls('world outside')
    const phrase = found.indexOf('/films/amelie/symbols/the-garden-gnome')
    const scattered = found.indexOf('/films/spirited-away/symbols/the-bathhouse')
    expect(phrase).toBeGreaterThanOrEqual(0)
    expect(scattered).toBeGreaterThan(phrase)
  })

  it('a match in a title ranks above a match in a text', async () => {
    const found = await urls('hammer')
    expect(found[0]).toBe(`${SHAWSHANK}/symbols/the-rock-hammer`)
  })
})

describe('results say what they are, where they belong and why they matched', () => {
  it('a symbol names its film, and its snippet marks the matched words in one field', async () => {
    const { results } = await search('backpack')
    const symbol = results.find((r) => r.url.endsWith('/symbols/sailor-moon-backpack'))!
    expect(symbol).toMatchObject({ kind: 'Symbol', title: 'Sailor Moon Backpack', films: ['Miracle in Cell No. 7'] })
    const marked = symbol.snippet!.filter((s) => s.match).map((s) => s.text.toLowerCase())
    expect(marked.length).toBeGreaterThan(0)
    expect(marked.every((m) => m === 'backpack')).toBe(true)
    // The meaning and the context are separate fields: the passage never joins them.
    expect(symbol.snippet!.map((s) => s.text).join('')).not.toMatch(/\n/)
  })

  it('an essay names its film', async () => {
    const { results } = await search('true meaning of justice')
    expect(results[0]).toMatchObject({ kind: 'Essay', films: ['Miracle in Cell No. 7'] })
  })

  it('a stemmed or accent-folded match is marked as it is written', async () => {
    const [amelie] = (await search('amelie')).results
    expect(amelie!.snippet!.filter((s) => s.match).map((s) => s.text)).toContain('Amélie')
    const sacrifice = (await search('sacrifices')).results.find((r) => r.kind === 'Theme')!
    expect(sacrifice.snippet!.filter((s) => s.match).map((s) => s.text)).toContain('Sacrifice')
  })

  it('pages through the results without repeating or losing any', async () => {
    const all = await search('film', 1, 100)
    expect(all.total).toBeGreaterThan(6)
    const pages = await Promise.all([1, 2, 3].map((p) => search('film', p, 3)))
    expect(pages.flatMap((p) => p.results.map((r) => r.url))).toEqual(all.results.slice(0, 9).map((r) => r.url))
    expect(pages[0]!.pages).toBe(Math.ceil(all.total / 3))
  })

  it('an empty, one-letter or wordless query finds nothing and does not reach the engine', async () => {
    for (const q of ['', 'a', '!!', '"*']) expect(await search(q)).toMatchObject({ results: [], total: 0 })
  })

  it('engine syntax in a query is text, never an operator', async () => {
    for (const q of ['backpack OR hope', 'NEAR(sailor moon)', "sailor' & moon", 'title: sailor', '"sailor moon"*'])
      await expect(search(q)).resolves.toBeDefined()
    expect((await urls('"sailor moon"*'))[0]).toBe(`${MIRACLE}/symbols/sailor-moon-backpack`)
  })

  it('never finds a draft film or its symbols', async () => {
    for (const q of ['locked drawer', 'unfinished draft', 'not for your eyes'])
      expect(await search(q), q).toMatchObject({ results: [], total: 0 })
  })
})
