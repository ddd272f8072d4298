/**
 * The catalogue as parsed films: deterministic for a seed, and in the proportions of a
 * publication after years of work (per film: 6 symbols, 4 essays, 3 new people, 1 new theme in 5).
 */
import slugify from '@sindresorhus/slugify'

import { parseFilm, type ParsedFilm } from '../../src/filmText'
import { formatFilm } from '../../src/filmText/write'
import { seededRandom, type Random } from './random'
import * as W from './words'

export const SYMBOLS_PER_FILM = 6
const QUESTIONS_PER_FILM = 3
/** The questions' essays and the core meaning. */
export const ESSAYS_PER_FILM = QUESTIONS_PER_FILM + 1
export const NEW_PEOPLE_PER_FILM = 3
export const FILMS_PER_NEW_THEME = 5

const sentence = (r: Random): string =>
  `${r.pick(W.SENTENCE_SUBJECTS)} ${r.pick(W.SENTENCE_VERBS)} ${r.pick(W.SENTENCE_OBJECTS)} ${r.pick(W.SENTENCE_ENDINGS)}.`

const paragraph = (r: Random, sentences: number): string =>
  Array.from({ length: sentences }, () => sentence(r)).join(' ')

/** Paragraphs separated by a blank line, as the parser stores a multi-paragraph text. */
const essay = (r: Random, paragraphs: number): string =>
  Array.from({ length: paragraphs }, () => paragraph(r, r.int(4, 6))).join('\n\n')

/**
 * Pairs (a, b) for i = 0, 1, …, each pair once, with both parts changing from one i to the next:
 * b is offset by a, so consecutive people (or themes) do not share a last name (or modifier).
 */
function pairOf(i: number, sizeA: number, sizeB: number): { a: number; b: number; round: number } {
  const a = i % sizeA
  const q = Math.floor(i / sizeA)
  return { a, b: (q + a) % sizeB, round: Math.floor(q / sizeB) }
}

/** The i-th person: every first name with every last name, then again with a middle initial. */
function personName(i: number): string {
  const { a, b, round } = pairOf(i, W.FIRST_NAMES.length, W.LAST_NAMES.length)
  const first = W.FIRST_NAMES[a]
  const last = W.LAST_NAMES[b]
  const initial = round === 0 ? '' : ` ${String.fromCharCode(64 + (round % 26 || 26))}.${round > 26 ? round : ''}`
  return `${first}${initial} ${last}`
}

/**
 * The i-th theme: a modifier and a noun, so the segmenter keeps the two words together; past the
 * 2,000 pairs (catalogues of more than 10,000 films), "of the" and a place.
 */
function themeName(i: number): string {
  const { a, b, round } = pairOf(i, W.THEME_MODIFIERS.length, W.THEME_NOUNS.length)
  const place = round === 0 ? '' : ` of the ${W.TITLE_NOUNS[(round - 1) % W.TITLE_NOUNS.length]}`
  return `${W.THEME_MODIFIERS[a]} ${W.THEME_NOUNS[b]}${place}`
}

function title(r: Random): string {
  switch (r.int(0, 4)) {
    case 0:
      return `The ${r.pick(W.TITLE_ADJECTIVES)} ${r.pick(W.TITLE_NOUNS)}`
    case 1:
      return `${r.pick(W.TITLE_NOUNS)} of ${r.pick(W.PLACES)}`
    case 2:
      return `${r.pick(W.FIRST_NAMES)}’s ${r.pick(W.TITLE_NOUNS)}`
    case 3:
      return `A ${r.pick(W.TITLE_ADJECTIVES)} ${r.pick(W.TITLE_NOUNS)} in ${r.pick(W.PLACES)}`
    default:
      return `${r.pick(W.TITLE_ADJECTIVES)} ${r.pick(W.TITLE_NOUNS)}s`
  }
}

const ROMAN = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

/** A title no earlier film has: repeated ones become sequels ("… II"), then get a year. */
function uniqueTitle(r: Random, taken: Set<string>, year: number): string {
  const base = title(r)
  for (const candidate of [base, ...ROMAN.map((n) => `${base} ${n}`), `${base} (${year})`]) {
    if (!taken.has(slugify(candidate))) return candidate
  }
  return uniqueTitle(r, taken, year + 1)
}

const pad = (n: number): string => String(n).padStart(2, '0')

function origin(r: Random): { country: string; originalTitle: string | null } {
  if (r.chance(0.45)) return { country: r.pick(W.ENGLISH_COUNTRIES), originalTitle: null }
  const { country, titles } = r.pick(W.ORIGINAL_TITLES)
  return { country, originalTitle: r.pick(titles) }
}

function distinct<T>(r: Random, pool: readonly T[], count: number): T[] {
  const chosen = new Set<T>()
  while (chosen.size < Math.min(count, pool.length)) chosen.add(r.pick(pool))
  return [...chosen]
}

function film(r: Random, index: number, taken: Set<string>, themesSoFar: number): ParsedFilm {
  const year = r.int(1950, 2025)
  const filmTitle = uniqueTitle(r, taken, year)
  const { country, originalTitle } = origin(r)
  const newPeople = Array.from({ length: NEW_PEOPLE_PER_FILM }, (_, k) => personName(index * NEW_PEOPLE_PER_FILM + k))
  const seen = Math.max(1, index * NEW_PEOPLE_PER_FILM)
  const returning = Array.from({ length: r.int(1, 3) }, () => personName(r.int(0, seen - 1))).filter(
    (name) => !newPeople.includes(name),
  )
  const [firstNew = '', ...otherNew] = newPeople
  // Most films have one director; one in five is co-directed by a returning collaborator.
  const directors = r.chance(0.2) && returning[0] ? [firstNew, returning[0]] : [firstNew]
  const cast = [...new Set([...otherNew, ...returning.filter((name) => !directors.includes(name))])]
  const newTheme = index % FILMS_PER_NEW_THEME === 0 ? [themeName(index / FILMS_PER_NEW_THEME)] : []
  const knownThemes = distinct(
    r,
    Array.from({ length: themesSoFar }, (_, i) => themeName(i)),
    r.int(newTheme.length > 0 ? 1 : 2, 3),
  )
  const currency = W.CURRENCY_BY_COUNTRY[country] ?? 'USD'
  const scale = currency === 'KRW' ? 1000 : currency === 'JPY' ? 100 : 1
  return {
    title: filmTitle,
    slug: slugify(filmTitle),
    logline: `${r.pick(W.LOGLINE_HEROES)} ${r.pick(W.LOGLINE_ACTIONS)} in ${r.pick(W.PLACES)}.`,
    originalTitle,
    tagline: r.chance(0.6) ? r.pick(W.TAGLINES) : null,
    releaseDate: `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
    country,
    runtimeMinutes: r.int(78, 178),
    rating: { score: r.int(40, 93) / 10, votes: r.int(12, 250_000) },
    directors,
    cast,
    genres: distinct(
      r,
      ['Drama', 'Science Fiction', 'TV Movie', 'Comedy', 'Romance', 'Thriller', 'Family'],
      r.int(1, 3),
    ),
    themes: [...newTheme, ...knownThemes],
    boxOffice: r.chance(0.8) ? { amount: r.int(50, 900_000) * 1000 * scale, currency } : null,
    symbols: distinct(r, W.SYMBOL_NOUNS, SYMBOLS_PER_FILM).map((name) => ({
      name,
      meaning: essay(r, 1),
      context: paragraph(r, r.int(1, 3)),
    })),
    questions: Array.from({ length: QUESTIONS_PER_FILM }, (_, q) => ({
      // Consecutive openings: a film never asks the same question twice.
      question: `${W.QUESTION_OPENINGS[(index + q) % W.QUESTION_OPENINGS.length]} ${r.pick(W.QUESTION_ENDINGS)}?`,
      discussion: essay(r, r.int(4, 7)),
    })),
    coreMeaning: essay(r, r.int(2, 3)),
  }
}

export type CatalogueFile = { name: string; text: string }

/**
 * `count` films as analysis files, each checked against the parser as the importer will read it
 * (with the themes of the files before it already known), so a file the importer would read
 * differently fails here with its name rather than skewing the figures.
 */
export function* generateCatalogue(count: number, seed: number): Generator<CatalogueFile> {
  const r = seededRandom(seed)
  const taken = new Set<string>()
  const knownThemes: string[] = []
  for (let index = 0; index < count; index++) {
    const parsed = film(r, index, taken, Math.ceil(index / FILMS_PER_NEW_THEME))
    taken.add(parsed.slug)
    const text = formatFilm(parsed)
    const name = `${String(index).padStart(5, '0')}-${parsed.slug}.txt`
    const back = parseFilm(text, { file: name, knownThemes })
    if (!back.ok) throw new Error(`${name}:${back.error.line}: ${back.error.message}`)
    const differs = (Object.keys(parsed) as (keyof ParsedFilm)[]).find(
      (key) => JSON.stringify(back.film[key]) !== JSON.stringify(parsed[key]),
    )
    if (differs) {
      const wrote = JSON.stringify(parsed[differs])
      throw new Error(`${name}: its ${differs} ${wrote} reads back as ${JSON.stringify(back.film[differs])}`)
    }
    for (const theme of parsed.themes) if (!knownThemes.includes(theme)) knownThemes.push(theme)
    yield { name, text }
  }
}
