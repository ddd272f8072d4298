import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { FilmFormatError, formatFilm, formatMoney } from '../../../src/filmText/write'
import { parseFilm, type ParsedFilm } from '../../../src/filmText'
import { sampleFilmFiles } from '../../../src/seed/paths'

// formatFilm is the inverse of the importer's parser: whatever it writes parses back to the very
// film it was given (the themes line splits against the film's own themes, as on re-import).

function parse(text: string, knownThemes: readonly string[] = []): ParsedFilm {
  const result = parseFilm(text, { file: 'exported.txt', knownThemes })
  if (!result.ok)
    throw new Error(`the exported text does not parse: line ${result.error.line}: ${result.error.message}\n\n${text}`)
  return result.film
}

const fixtures = [
  ...sampleFilmFiles(),
  path.resolve(import.meta.dirname, '../../fixtures/films/the-unfinished-draft.txt'),
]
const seedText = readFileSync(
  sampleFilmFiles().find((f) => f.endsWith('miracle-in-cell-no-7.txt'))!,
  'utf8',
)
const seed = parse(seedText)

describe('formatFilm → parseFilm round trip', () => {
  it.each(fixtures.map((file) => [path.basename(file), file]))(
    '%s comes back deep-equal, written as the file is',
    (_name, file) => {
      const text = readFileSync(file, 'utf8')
      const film = parse(text)
      const written = formatFilm(film)
      expect(parse(written, film.themes)).toEqual(film)
      // The sample files are written in exactly this layout, so the output is the file itself.
      expect(written.trimEnd()).toBe(text.trimEnd())
    },
  )

  const variants: [string, (film: ParsedFilm) => ParsedFilm, (text: string) => void][] = [
    ['no tagline', (f) => ({ ...f, tagline: null }), (t) => expect(t).not.toContain('"If caught')],
    ['no original title', (f) => ({ ...f, originalTitle: null }), (t) => expect(t).not.toContain('7번방의 선물')],
    [
      'no logline',
      (f) => ({ ...f, logline: null }),
      (t) => expect(t.split('\n').slice(0, 3)).toEqual([f0(t), f0(t), f0(t)]),
    ],
    [
      'no tagline, no original title and no logline',
      (f) => ({ ...f, tagline: null, originalTitle: null, logline: null }),
      (t) =>
        expect(t).toMatch(
          /^Miracle in Cell No\. 7\nMiracle in Cell No\. 7\nMiracle in Cell No\. 7\n\n23 January 2013 /,
        ),
    ],
    [
      'several directors',
      (f) => ({ ...f, directors: ['Lee Hwan-kyung', 'Kim Young-tak', 'Yoo Young-ah'] }),
      (t) => expect(t).toContain('\nDirectors: Lee Hwan-kyung, Kim Young-tak, Yoo Young-ah\n'),
    ],
    [
      'euro box office',
      (f) => ({ ...f, boxOffice: { amount: 1_200_000, currency: 'EUR' } }),
      (t) => expect(t).toContain('\nBox Office: €1,200,000\n'),
    ],
    [
      'won box office',
      (f) => ({ ...f, boxOffice: { amount: 91_431_914_670, currency: 'KRW' } }),
      (t) => expect(t).toContain('Box Office: ₩91,431,914,670'),
    ],
    [
      'a currency without a symbol',
      (f) => ({ ...f, boxOffice: { amount: 5_000, currency: 'CHF' } }),
      (t) => expect(t).toContain('Box Office: CHF 5,000'),
    ],
    [
      'a small amount',
      (f) => ({ ...f, boxOffice: { amount: 950, currency: 'USD' } }),
      (t) => expect(t).toContain('Box Office: $950\n'),
    ],
    ['no box office', (f) => ({ ...f, boxOffice: null }), (t) => expect(t).not.toContain('Box Office')],
    [
      'votes ≥ 1000',
      (f) => ({ ...f, rating: { score: 8.25, votes: 1_234_567 } }),
      (t) => expect(t).toContain('⭐ 8.25 (1,234,567)'),
    ],
    [
      'a whole-number score',
      (f) => ({ ...f, rating: { score: 8, votes: 1_000 } }),
      (t) => expect(t).toContain('127 min ⭐ 8 (1,000)\n'),
    ],
    [
      'no rating, runtime or country',
      (f) => ({ ...f, rating: null, runtimeMinutes: null, country: null }),
      (t) => expect(t).toContain('\n23 January 2013\nDirector:'),
    ],
    [
      'no cast and no directors',
      (f) => ({ ...f, cast: [], directors: [] }),
      (t) => expect(t).not.toMatch(/\n(Director|Cast):/),
    ],
    [
      'themes without genres (the themes line is labelled so it is not read as the genre line)',
      (f) => ({ ...f, genres: [] }),
      (t) => expect(t).toContain('\nThemes: Injustice and the Flawed Legal System Unconditional'),
    ],
    ['no themes', (f) => ({ ...f, themes: [] }), (t) => expect(t).toContain('Drama Comedy\nBox Office')],
    [
      'a discussion paragraph that ends in a question mark',
      (f) => ({
        ...f,
        questions: [{ question: 'Is justice blind?', discussion: 'It asks a question.\n\nBut is it ever answered?' }],
      }),
      (t) => expect(t).toContain('\nBut is it ever\nanswered?\n'),
    ],
    [
      'paragraphs that read like headings or labels on a line of their own',
      (f) => ({
        ...f,
        symbols: [{ name: 'The Mirror', meaning: 'Core Message', context: 'Motifs and Symbols\n\nIt ends.' }],
        coreMeaning: 'Symbolism & Philosophy\n\nThe end.',
      }),
      (t) => expect(t).toMatch(/\nCore\nMessage\n[^]*\nMotifs\nand Symbols\n[^]*\nSymbolism &\nPhilosophy\n/),
    ],
    [
      'no sections',
      (f) => ({ ...f, symbols: [], questions: [], coreMeaning: null }),
      (t) => expect(t.trimEnd().endsWith('Miracle in Cell No. 7 - Symbolism & Philosophy')).toBe(true),
    ],
  ]

  it.each(variants)('%s', (_name, change, check) => {
    const film = change(seed)
    const written = formatFilm(film)
    check(written)
    expect(parse(written, film.themes)).toEqual(film)
  })
})

function f0(text: string): string {
  return text.split('\n')[0]!
}

describe('what the format cannot hold', () => {
  it('refuses a film without a release date, saying what to add', () => {
    expect(() => formatFilm({ ...seed, releaseDate: null })).toThrow(FilmFormatError)
    expect(() => formatFilm({ ...seed, releaseDate: null })).toThrow(/has no release date.*Add the release date/)
  })

  it('writes a currency symbol only when it reads back as the same currency', () => {
    expect(formatMoney({ amount: 1, currency: 'USD' })).toBe('$1')
    expect(formatMoney({ amount: 1, currency: 'JPY' })).toBe('¥1')
    expect(formatMoney({ amount: 1, currency: 'BRL' })).toBe('R$1')
    expect(formatMoney({ amount: 1, currency: 'SEK' })).toBe('SEK 1')
  })
})
