import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseFilm, type ParseError, type ParseResult, type ParsedFilm } from '../../../src/filmText'
import { detectOriginalLanguage } from '../../../src/filmText/vocabulary/languages'

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../src/seed/films/${name}.txt`, import.meta.url), 'utf8')
const seed = fixture('miracle-in-cell-no-7')
const expected = JSON.parse(
  readFileSync(new URL('./expected/miracle-in-cell-no-7.json', import.meta.url), 'utf8'),
) as ParsedFilm

const parse = (text: string, knownThemes?: readonly string[]): ParseResult =>
  parseFilm(text, { file: 'films/test.txt', knownThemes })

function ok(text: string, knownThemes?: readonly string[]): Extract<ParseResult, { ok: true }> {
  const result = parse(text, knownThemes)
  if (!result.ok) throw new Error(`expected success, got line ${result.error.line}: ${result.error.message}`)
  return result
}

function failure(text: string): ParseError {
  const result = parse(text)
  if (result.ok) throw new Error(`expected a ParseError, got ${JSON.stringify(result.film).slice(0, 200)}`)
  return result.error
}

/** The seed's lines, 0-based; `edit` hands them out for changing and joins them back. */
const seedLines = seed.split('\n')
const edit = (change: (lines: string[]) => void): string => {
  const lines = [...seedLines]
  change(lines)
  return lines.join('\n')
}
/** Replaces the seed's 1-based line `n`, checking it is the line the test means. */
const replaceLine = (n: number, expectedOld: string, replacement: string): string =>
  edit((lines) => {
    expect(lines[n - 1]).toContain(expectedOld)
    lines[n - 1] = replacement
  })
const FACTS = 10
const GENRE_LINE = 13
const BOX_OFFICE = 15

describe('the seed film', () => {
  it('parses to exactly the hand-written expected JSON, key order included', () => {
    const { film } = ok(seed)
    expect(film).toEqual(expected)
    expect(JSON.stringify(film)).toBe(JSON.stringify(expected))
    expect(Object.keys(film)).toEqual([
      'title',
      'slug',
      'logline',
      'originalTitle',
      'tagline',
      'releaseDate',
      'country',
      'runtimeMinutes',
      'rating',
      'directors',
      'cast',
      'genres',
      'themes',
      'boxOffice',
      'symbols',
      'questions',
      'coreMeaning',
    ])
  })

  it('reports no warnings and says how each theme was obtained', () => {
    const result = ok(seed)
    expect(result.warnings).toEqual([])
    expect(result.themeSegmentation).toEqual([
      { text: 'Injustice and the Flawed Legal System', source: 'heuristic' },
      { text: 'Unconditional Paternal Love', source: 'heuristic' },
      { text: 'Found Family and Solidarity', source: 'heuristic' },
      { text: 'Sacrifice', source: 'vocabulary' },
    ])
  })

  it('uses knownThemes from the database, with their stored spelling', () => {
    const result = ok(seed, ['Found family and solidarity', 'Injustice and the Flawed Legal System'])
    expect(result.film.themes).toEqual([
      'Injustice and the Flawed Legal System',
      'Unconditional Paternal Love',
      'Found family and solidarity',
      'Sacrifice',
    ])
    expect(result.themeSegmentation.map((g) => g.source)).toEqual(['known', 'heuristic', 'known', 'vocabulary'])
  })

  it('echoes the file name in errors', () => {
    expect(failure('')).toMatchObject({ file: 'films/test.txt' })
  })
})

describe('header variants', () => {
  it('title repeated once', () => {
    const { film } = ok(edit((l) => l.splice(3, 1)))
    expect(film).toEqual(expected)
  })

  it('title repeated three times, with blank lines between', () => {
    const { film } = ok(edit((l) => l.splice(4, 0, '', 'Miracle in Cell No. 7', '  ')))
    expect(film).toEqual(expected)
  })

  it('title not repeated at all', () => {
    expect(ok(edit((l) => l.splice(2, 2))).film).toEqual(expected)
  })

  it('original-title line missing', () => {
    const { film } = ok(edit((l) => l.splice(5, 1)))
    expect(film).toEqual({ ...expected, originalTitle: null })
  })

  it('tagline missing', () => {
    const { film } = ok(edit((l) => l.splice(7, 1)))
    expect(film).toEqual({ ...expected, tagline: null })
  })

  it('both missing', () => {
    const { film, warnings } = ok(edit((l) => l.splice(5, 3)))
    expect(film).toEqual({ ...expected, originalTitle: null, tagline: null })
    expect(warnings).toEqual([])
  })

  it('Latin-script original title', () => {
    expect(ok(replaceLine(6, '7번방의 선물', 'Il miracolo della cella 7')).film.originalTitle).toBe(
      'Il miracolo della cella 7',
    )
  })

  it('tagline in curly quotes loses them', () => {
    expect(ok(replaceLine(8, 'If caught', '“If caught, they’re all doomed!”')).film.tagline).toBe(
      'If caught, they’re all doomed!',
    )
  })

  it('a quoted tagline mentioning minutes or stars is still the tagline', () => {
    expect(ok(replaceLine(8, 'If caught', '"127 min of ⭐ tears"')).film.tagline).toBe('127 min of ⭐ tears')
  })

  it('an unquoted tagline is read as the original title, with a warning', () => {
    const result = ok(
      edit((l) => {
        l.splice(5, 1)
        l[6] = 'If caught, they are all doomed!'
      }),
    )
    expect(result.film.originalTitle).toBe('If caught, they are all doomed!')
    expect(result.film.tagline).toBeNull()
    expect(result.warnings).toEqual(['line 7: read as the original title; if it is the tagline, put it in quotes'])
  })

  it('logline missing (title repeats straight away)', () => {
    const { film } = ok(edit((l) => l.splice(1, 1)))
    expect(film).toEqual({ ...expected, logline: null })
  })
})

describe('facts line', () => {
  const facts = (line: string): ParsedFilm => ok(replaceLine(FACTS, '23 January 2013', line)).film

  it('country of several words', () => {
    expect(facts('23 January 2013 United States of America 127 min ⭐ 7.9 (470)').country).toBe(
      'United States of America',
    )
  })

  it.each([
    ['2,173', 2173],
    ['13,210', 13210],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1 234', 1234],
    ["1'234", 1234],
    ['1’234', 1234],
    ['1\u00A0234', 1234],
    ['470', 470],
  ])('votes written %s', (votes, value) => {
    expect(facts(`23 January 2013 South Korea 127 min ⭐ 7.9 (${votes})`).rating).toEqual({ score: 7.9, votes: value })
  })

  it.each([
    ['no star', '23 January 2013 South Korea 127 min 7.9 (470)'],
    ['another star', '23 January 2013 South Korea 127 min ★ 7.9 (470)'],
    ['star glued to the score', '23 January 2013 South Korea 127 min ⭐7.9 (470)'],
    ['"votes" inside the parentheses', '23 January 2013 South Korea 127 min ⭐ 7.9 (470 votes)'],
  ])('rating with %s', (_, line) => {
    expect(facts(line).rating).toEqual({ score: 7.9, votes: 470 })
  })

  it.each([
    ['2h 7m', 127],
    ['2h7m', 127],
    ['127min', 127],
    ['127 minutes', 127],
    ['2h', 120],
  ])('runtime written %s', (runtime, minutes) => {
    expect(facts(`23 January 2013 South Korea ${runtime} ⭐ 7.9 (470)`).runtimeMinutes).toBe(minutes)
  })

  it.each(['January 23, 2013', 'Jan 23 2013', '2013-01-23', '23 Jan 2013'])('date written %s', (date) => {
    const film = facts(`${date} South Korea 127 min ⭐ 7.9 (470)`)
    expect(film.releaseDate).toBe('2013-01-23')
    expect(film.country).toBe('South Korea')
  })

  it('accepts 29 February in a leap year', () => {
    expect(facts('29 February 2012 South Korea 127 min ⭐ 7.9 (470)').releaseDate).toBe('2012-02-29')
  })

  it('rejects an impossible date on the facts line', () => {
    const error = failure(replaceLine(FACTS, '23 January', '31 February 2013 South Korea 127 min ⭐ 7.9 (470)'))
    expect(error.line).toBe(FACTS)
    expect(error.message).toMatch(/does not exist/)
  })

  it('rejects 29 February in a common year and month 13', () => {
    expect(failure(replaceLine(FACTS, '23 January', '29 February 2013 South Korea 127 min ⭐ 7.9 (470)')).line).toBe(
      FACTS,
    )
    expect(failure(replaceLine(FACTS, '23 January', '2013-13-01 South Korea 127 min ⭐ 7.9 (470)')).line).toBe(FACTS)
  })

  it('names a misspelt month', () => {
    const error = failure(replaceLine(FACTS, '23 January', '23 Januray 2013 South Korea 127 min ⭐ 7.9 (470)'))
    expect(error.line).toBe(FACTS)
    expect(error.message).toContain('Januray')
  })

  it('garbled facts line: the error names that line and shows the expected shape', () => {
    const error = failure(replaceLine(FACTS, '23 January', 'Released sometime in 2013, Korea, quite long'))
    expect(error.line).toBe(FACTS)
    expect(error.message).toMatch(/facts line/)
    expect(error.message).toContain('23 January 2013 South Korea 127 min ⭐ 7.9 (470)')
  })

  it('facts line without a date', () => {
    const error = failure(replaceLine(FACTS, '23 January', 'South Korea 127 min ⭐ 7.9 (470)'))
    expect(error.line).toBe(FACTS)
    expect(error.message).toMatch(/release date/)
  })

  it('runtime without a unit', () => {
    const error = failure(replaceLine(FACTS, '23 January', '23 January 2013 South Korea 127 ⭐ 7.9 (470)'))
    expect(error.line).toBe(FACTS)
    expect(error.message).toContain('127 min')
  })

  it('vote count that is not a number', () => {
    const error = failure(replaceLine(FACTS, '23 January', '23 January 2013 South Korea 127 min ⭐ 7.9 (many)'))
    expect(error.line).toBe(FACTS)
    expect(error.message).toContain('many')
  })

  it('score without votes', () => {
    expect(failure(replaceLine(FACTS, '23 January', '23 January 2013 South Korea 127 min ⭐ 7.9')).line).toBe(FACTS)
  })

  it('a second facts line is an error on that line', () => {
    const error = failure(edit((l) => l.splice(FACTS, 0, l[FACTS - 1] ?? '')))
    expect(error.line).toBe(FACTS + 1)
    expect(error.message).toMatch(/second facts line/)
  })

  it('facts line missing: the error points where it belongs', () => {
    const error = failure(edit((l) => l.splice(FACTS - 1, 1)))
    expect(error.line).toBe(FACTS)
    expect(error.message).toMatch(/facts line is missing/)
  })
})

describe('people, genres and box office', () => {
  it('several directors with commas and "and"', () => {
    expect(
      ok(replaceLine(11, 'Director:', 'Directors: Lee Hwan-kyung, Bong Joon-ho and Park Chan-wook')).film.directors,
    ).toEqual(['Lee Hwan-kyung', 'Bong Joon-ho', 'Park Chan-wook'])
  })

  it('directors joined with "&" and an Oxford comma', () => {
    expect(ok(replaceLine(11, 'Director:', 'Directors: A One & B Two')).film.directors).toEqual(['A One', 'B Two'])
    expect(ok(replaceLine(11, 'Director:', 'Directors: A, B, and C')).film.directors).toEqual(['A', 'B', 'C'])
  })

  it('two-word genre', () => {
    expect(ok(replaceLine(GENRE_LINE, 'Drama Comedy', 'Drama Science Fiction')).film.genres).toEqual([
      'Drama',
      'Science Fiction',
    ])
    expect(ok(replaceLine(GENRE_LINE, 'Drama Comedy', 'TV Movie Comedy')).film.genres).toEqual(['TV Movie', 'Comedy'])
  })

  it('genres joined with "&" or "and"', () => {
    expect(ok(replaceLine(GENRE_LINE, 'Drama Comedy', 'Action & Adventure and Drama')).film.genres).toEqual([
      'Action',
      'Adventure',
      'Drama',
    ])
  })

  it('unknown genre: error names the word, the line and the known list', () => {
    const error = failure(replaceLine(GENRE_LINE, 'Drama Comedy', 'Drama Dramedy'))
    expect(error.line).toBe(GENRE_LINE)
    expect(error.message).toContain('"Dramedy"')
    expect(error.message).toContain('Action, Adventure, Animation')
    expect(error.message).toContain('Science Fiction')
  })

  it('genre line missing: the themes line is reported with a hint', () => {
    const error = failure(edit((l) => l.splice(GENRE_LINE - 1, 1)))
    expect(error.line).toBe(GENRE_LINE)
    expect(error.message).toContain('"Injustice"')
    expect(error.message).toMatch(/genre line above it is missing/)
  })

  it('box office missing gives null and no warning', () => {
    const result = ok(edit((l) => l.splice(BOX_OFFICE - 1, 1)))
    expect(result.film).toEqual({ ...expected, boxOffice: null })
    expect(result.warnings).toEqual([])
  })

  it.each([
    ['€12,000,000', 12_000_000, 'EUR'],
    ['₩1,234,000,000', 1_234_000_000, 'KRW'],
    ['KRW 1,234,000', 1_234_000, 'KRW'],
    ['1,000,000 EUR', 1_000_000, 'EUR'],
    ['£1.2 million', 1_200_000, 'GBP'],
    ['$1.5 billion', 1_500_000_000, 'USD'],
    ['$80.3M', 80_300_000, 'USD'],
    ['€2,5 million', 2_500_000, 'EUR'],
    ['¥ 500,000,000', 500_000_000, 'JPY'],
    ['₹1,000,000', 1_000_000, 'INR'],
    ['1.234.567 €', 1_234_567, 'EUR'],
    ['$80,300,000', 80_300_000, 'USD'],
    ['$80,300,000 (worldwide)', 80_300_000, 'USD'],
  ])('box office %s', (written, amount, currency) => {
    expect(ok(replaceLine(BOX_OFFICE, 'Box Office:', `Box Office: ${written}`)).film.boxOffice).toEqual({
      amount,
      currency,
    })
  })

  it.each(['lots of money', '80,300,000', '#80,300,000', '$ 80,30,00'])(
    'unparseable box office %s is an error on its line',
    (written) => {
      const error = failure(replaceLine(BOX_OFFICE, 'Box Office:', `Box Office: ${written}`))
      expect(error.line).toBe(BOX_OFFICE)
      expect(error.message).toContain('$80,300,000')
    },
  )

  it('an unknown field is named', () => {
    const error = failure(edit((l) => l.splice(11, 0, 'Writer: Somebody')))
    expect(error.line).toBe(12)
    expect(error.message).toContain('"Writer:"')
  })

  it('optional Genres: and Themes: labels', () => {
    const text = edit((l) => {
      l[GENRE_LINE - 1] = `Genres: ${l[GENRE_LINE - 1] ?? ''}`
      l[GENRE_LINE] = `Themes: ${l[GENRE_LINE] ?? ''}`
    })
    expect(ok(text).film).toEqual(expected)
  })
})

describe('file-level tolerance', () => {
  it('CRLF line endings', () => {
    expect(ok(seed.replace(/\n/g, '\r\n')).film).toEqual(expected)
  })

  it('a byte-order mark', () => {
    expect(ok(`\uFEFF${seed}`).film).toEqual(expected)
  })

  it('trailing whitespace and tabs', () => {
    expect(ok(seedLines.map((l) => (l === '' ? '\t ' : `${l} \t`)).join('\n')).film).toEqual(expected)
  })

  it('hard-wrapped paragraphs are joined with a space', () => {
    const text = edit((l) => {
      const paragraph = l[24] ?? ''
      const cut = paragraph.indexOf(' It represents')
      l[24] = `${paragraph.slice(0, cut)}\n${paragraph.slice(cut + 1)}`
    })
    expect(ok(text).film).toEqual(expected)
  })

  it('several paragraphs are joined with a blank line', () => {
    const text = edit((l) => {
      l.splice(25, 0, '', '  A second paragraph of meaning.  ')
      l.splice(57, 0, '', 'More discussion.')
    })
    const { film } = ok(text)
    expect(film.symbols[0]?.meaning).toBe(`${expected.symbols[0]?.meaning ?? ''}\n\nA second paragraph of meaning.`)
    expect(film.questions[0]?.discussion).toBe(`${expected.questions[0]?.discussion ?? ''}\n\nMore discussion.`)
  })

  it('a few stray control characters are removed with a warning', () => {
    const result = ok(seed.replace('Drama Comedy', 'Drama\u0007 Comedy'))
    expect(result.film).toEqual(expected)
    expect(result.warnings).toEqual([`line ${GENRE_LINE}: removed 1 control or undecodable character(s) from the file`])
  })
})

describe('sections', () => {
  it('symbol missing "Context:": error on the symbol, saying what to add', () => {
    const error = failure(edit((l) => l.splice(26, 1)))
    expect(error.line).toBe(21)
    expect(error.message).toContain('"Sailor Moon Backpack"')
    expect(error.message).toContain('"Context:"')
  })

  it('last symbol missing "Context:"', () => {
    const error = failure(edit((l) => l.splice(46, 1)))
    expect(error.line).toBe(41)
    expect(error.message).toContain('"Cell No. 7"')
  })

  it('symbol missing "Meaning:": error on that symbol', () => {
    const error = failure(edit((l) => l.splice(32, 1)))
    expect(error.line).toBe(31)
    expect(error.message).toContain('"Hot Air Balloon"')
    expect(error.message).toContain('"Meaning:"')
  })

  it('first symbol missing "Meaning:"', () => {
    const error = failure(edit((l) => l.splice(22, 1)))
    expect(error.line).toBe(21)
    expect(error.message).toContain('"Meaning:"')
  })

  it('symbol name missing', () => {
    const error = failure(edit((l) => l.splice(30, 1)))
    expect(error.line).toBe(32)
    expect(error.message).toMatch(/no symbol name above it/)
  })

  it('inline label text ("Meaning: ...") is accepted', () => {
    const text = edit((l) => {
      l[22] = `Meaning: ${l[24] ?? ''}`
      l.splice(23, 2)
    })
    expect(ok(text).film).toEqual(expected)
  })

  it('a question directly followed by its discussion (no blank line)', () => {
    expect(ok(edit((l) => l.splice(53, 1))).film).toEqual(expected)
  })

  it('a question without discussion is an error on the question', () => {
    const error = failure(edit((l) => l.splice(53, 2)))
    expect(error.line).toBe(53)
    expect(error.message).toContain('What is the true meaning of justice?')
  })

  it('discussion before any question is an error', () => {
    const error = failure(edit((l) => l.splice(52, 2)))
    expect(error.line).toBe(53)
    expect(error.message).toMatch(/must start with a question/)
  })

  it('a missing section is a warning, not an error', () => {
    const result = ok(edit((l) => l.splice(50, 14)))
    expect(result.film).toEqual({ ...expected, questions: [] })
    expect(result.warnings).toEqual(['the "Philosophical Questions" section is missing'])
  })

  it('a duplicated section heading is an error', () => {
    const error = failure(edit((l) => l.push('', 'Core Meaning', '', 'Again.')))
    expect(error.line).toBe(seedLines.length + 2)
  })

  it('the overview heading is optional and checked against the title', () => {
    expect(ok(edit((l) => l.splice(16, 1))).film).toEqual(expected)
    const result = ok(replaceLine(17, 'Symbolism', 'Another Film - Symbolism & Philosophy'))
    expect(result.warnings).toEqual([
      'line 17: this heading names "Another Film" but the title is "Miracle in Cell No. 7"',
    ])
  })

  it('tolerates Markdown-style headings', () => {
    const text = seed
      .replace('\nSymbols & Motifs\n', '\n## Symbols and Motifs\n')
      .replace('\nCore Meaning\n', '\n**Core Meaning:**\n')
    expect(ok(text).film).toEqual(expected)
  })
})

describe('fatal problems', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\n\r\n'],
  ])('%s file', (_, text) => {
    const error = failure(text)
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/empty/)
  })

  it('title only', () => {
    const error = failure('Miracle in Cell No. 7\n')
    expect(error.line).toBe(2)
    expect(error.message).toMatch(/facts line is missing/)
  })

  it('title missing (file starts with the logline)', () => {
    const error = failure(edit((l) => l.splice(0, 1)))
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/title seems to be missing/)
  })

  it('title missing (line 1 left blank)', () => {
    expect(failure(replaceLine(1, 'Miracle', '')).line).toBe(1)
  })

  it('file that starts with the facts line', () => {
    const error = failure(seedLines.slice(FACTS - 1).join('\n'))
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/title is missing/)
  })

  it('binary garbage', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 151 + 7) % 256)
    const error = failure(new TextDecoder().decode(bytes))
    expect(error.line).toBeGreaterThanOrEqual(1)
    expect(error.message).toMatch(/not look like a text file/)
  })

  it('non-string input never throws', () => {
    const result = parseFilm(undefined as unknown as string, { file: 'x' })
    expect(result).toMatchObject({ ok: false, error: { file: 'x', line: 1 } })
  })

  it('a title with no Latin letters or digits cannot make a slug', () => {
    const error = failure(seed.replaceAll('Miracle in Cell No. 7', '———'))
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/slug/)
  })
})

describe('the other fixtures', () => {
  const films = Object.fromEntries(
    ['i-am-sam', 'life-is-beautiful', 'the-shawshank-redemption'].map((name) => [name, ok(fixture(name))]),
  )

  it('all parse without warnings', () => {
    for (const result of Object.values(films)) expect(result?.warnings).toEqual([])
  })

  it('I Am Sam', () => {
    const film = films['i-am-sam']?.film
    expect(film).toMatchObject({
      title: 'I Am Sam',
      slug: 'i-am-sam',
      originalTitle: null,
      tagline: 'Love is all you need.',
      releaseDate: '2001-12-28',
      country: 'United States of America',
      runtimeMinutes: 132,
      rating: { score: 7.5, votes: 2173 },
      directors: ['Jessie Nelson'],
      genres: ['Drama'],
      themes: [
        'Unconditional Paternal Love',
        'Injustice and the Flawed Legal System',
        'Disability and Dignity',
        'Found Family and Solidarity',
      ],
      boxOffice: { amount: 97_800_000, currency: 'USD' },
    })
    expect(film?.symbols.map((s) => s.name)).toEqual(['The Beatles', 'Green Eggs and Ham'])
    expect(film?.questions.map((q) => q.question)).toEqual(['What makes someone a good parent?'])
  })

  it('Life Is Beautiful', () => {
    const film = films['life-is-beautiful']?.film
    expect(film).toMatchObject({
      originalTitle: 'La vita è bella',
      releaseDate: '1997-12-20',
      country: 'Italy',
      rating: { score: 8.5, votes: 13_210 },
      genres: ['Comedy', 'Drama'],
      themes: ['Unconditional Paternal Love', 'Sacrifice', 'Imagination as Resistance', 'Innocence'],
    })
    expect(detectOriginalLanguage(film?.originalTitle ?? null, film?.country ?? null)).toBe('it')
    expect(film?.questions).toHaveLength(2)
    expect(film?.symbols[0]?.context).toContain('Giosuè')
  })

  it('The Shawshank Redemption', () => {
    const film = films['the-shawshank-redemption']?.film
    expect(film?.symbols).toHaveLength(3)
    expect(film?.cast).toHaveLength(6)
    expect(film).toMatchObject({
      tagline: 'Fear can hold you prisoner. Hope can set you free.',
      rating: { score: 8.7, votes: 28_904 },
      runtimeMinutes: 142,
      genres: ['Drama', 'Crime'],
      themes: ['Injustice and the Flawed Legal System', 'Hope', 'Found Family and Solidarity', 'Institutionalization'],
    })
    expect(film?.symbols.map((s) => s.name)).toEqual(['The Rock Hammer', 'The Poster on the Wall', "Brooks's Bird"])
  })

  it('the seed language is Korean', () => {
    expect(detectOriginalLanguage(expected.originalTitle, expected.country)).toBe('ko')
  })
})
