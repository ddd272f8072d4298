import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseFilm, type ParseResult } from '../../../src/filmText'

const FIXTURES = ['miracle-in-cell-no-7', 'i-am-sam', 'life-is-beautiful', 'the-shawshank-redemption'].map((name) =>
  readFileSync(new URL(`../../../src/seed/films/${name}.txt`, import.meta.url), 'utf8'),
)

/** mulberry32: tiny, seeded and deterministic, so a failure reproduces exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Characters that stress the parser: controls, separators, quotes, stars, digits,
// currency, lone surrogates, combining marks, right-to-left text, emoji.
const NASTY = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ' ',
  ':',
  '?',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '⭐',
  '★',
  '*',
  '$',
  '€',
  '₩',
  '¥',
  ',',
  '.',
  '-',
  '—',
  '&',
  '#',
  '0',
  '7',
  '9',
  '\ud800',
  '\udfff',
  '\u0301',
  'ا',
  'ש',
  '한',
  '語',
  '😀',
  'Ω',
  'ß',
  'İ',
]

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const index = (random: Random, length: number): number => Math.floor(random() * Math.max(1, length))

const MUTATIONS: readonly ((text: string, random: Random) => string)[] = [
  // truncate at a random point
  (text, random) => text.slice(0, index(random, text.length + 1)),
  // delete a random line
  (text, random) => {
    const lines = text.split('\n')
    lines.splice(index(random, lines.length), 1)
    return lines.join('\n')
  },
  // duplicate a random line
  (text, random) => {
    const lines = text.split('\n')
    const i = index(random, lines.length)
    lines.splice(i, 0, lines[i] ?? '')
    return lines.join('\n')
  },
  // swap two random lines
  (text, random) => {
    const lines = text.split('\n')
    const i = index(random, lines.length)
    const j = index(random, lines.length)
    const a = lines[i] ?? ''
    lines[i] = lines[j] ?? ''
    lines[j] = a
    return lines.join('\n')
  },
  // insert random unicode / control characters
  (text, random) => {
    let out = text
    const count = 1 + index(random, 4)
    for (let k = 0; k < count; k++) {
      const at = index(random, out.length + 1)
      out = out.slice(0, at) + pick(random, NASTY) + out.slice(at)
    }
    return out
  },
  // replace random characters
  (text, random) => {
    const chars = [...text]
    const count = 1 + index(random, 6)
    for (let k = 0; k < count; k++) {
      chars[index(random, chars.length)] =
        random() < 0.5 ? pick(random, NASTY) : String.fromCodePoint(32 + index(random, 0x2fff))
    }
    return chars.join('')
  },
  // delete a random run of characters
  (text, random) => {
    const at = index(random, text.length)
    return text.slice(0, at) + text.slice(at + 1 + index(random, 40))
  },
]

function checkResult(text: string, result: ParseResult): string | null {
  const lineCount = text.split(/\r\n|\r|\n/).length
  if (result.ok) {
    const { film, themeSegmentation, warnings } = result
    if (typeof film.title !== 'string' || film.title === '') return 'ok result without a title'
    if (film.slug === '') return 'ok result with an empty slug'
    if (themeSegmentation.length !== film.themes.length) return 'themeSegmentation does not match themes'
    if (!warnings.every((w) => typeof w === 'string' && w !== '')) return 'empty warning'
    JSON.stringify(film)
    return null
  }
  const { line, message, file } = result.error
  if (file !== 'fuzz.txt') return `file is ${file}`
  if (!Number.isInteger(line) || line < 1 || line > lineCount + 1) return `line ${line} outside 1..${lineCount + 1}`
  if (typeof message !== 'string' || message.trim() === '') return 'empty message'
  if (message.startsWith('Internal parser error')) return message
  return null
}

describe('parseFilm under random mutation', () => {
  it('never throws, stays fast, and reports in-range lines for ~3000 mutated fixtures', () => {
    const random = mulberry32(0x5eed)
    const problems: string[] = []
    let failures = 0
    const started = performance.now()
    for (let i = 0; i < 3000; i++) {
      let text = pick(random, FIXTURES)
      const rounds = 1 + index(random, 4)
      for (let r = 0; r < rounds; r++) text = pick(random, MUTATIONS)(text, random)
      let result: ParseResult
      try {
        result = parseFilm(text, { file: 'fuzz.txt', knownThemes: i % 3 === 0 ? ['Hope', 'Found Family'] : [] })
      } catch (error) {
        problems.push(`#${i} threw ${String(error)}`)
        continue
      }
      if (!result.ok) failures++
      const problem = checkResult(text, result)
      if (problem) problems.push(`#${i}: ${problem} :: ${JSON.stringify(text.slice(0, 120))}`)
    }
    const elapsed = performance.now() - started
    expect(problems.slice(0, 5)).toEqual([])
    expect(elapsed).toBeLessThan(20_000)
    // The mutations must actually exercise both outcomes, or the test proves little.
    expect(failures).toBeGreaterThan(300)
    expect(failures).toBeLessThan(2900)
  }, 60_000)
})

describe('parseFilm on adversarial inputs', () => {
  const seed = FIXTURES[0] ?? ''
  const seedLines = seed.split('\n')
  const withLine = (n: number, text: string): string => seedLines.map((l, i) => (i === n - 1 ? text : l)).join('\n')

  it.each([
    ['a 200,000-character line of spaces and digits', '1 '.repeat(100_000)],
    [
      'a facts line of separators',
      withLine(10, `23 January 2013 ${'1,'.repeat(20_000)} min ⭐ 7.9 (${'1 '.repeat(5000)})`),
    ],
    ['a facts line of parentheses', withLine(10, `23 January 2013 ${'('.repeat(20_000)}${')'.repeat(20_000)}`)],
    ['a themes line of 20,000 words', withLine(14, 'Hope and '.repeat(10_000))],
    ['a themes line of 20,000 capitalised words', withLine(14, 'Legal Flawed '.repeat(10_000))],
    ['a box office of digits and dots', withLine(15, `Box Office: $${'1.'.repeat(30_000)}`)],
    ['a label-like line', withLine(11, `${'a '.repeat(30_000)}:`)],
    ['100,000 blank lines', `Title\n${'\n'.repeat(100_000)}`],
    ['10,000 symbol names without labels', seed.replace('Sailor Moon Backpack', 'x\n\n'.repeat(10_000))],
    ['a heading-like line of dashes', withLine(17, `${'-'.repeat(50_000)} Symbolism & Philosophy`)],
  ])('%s finishes quickly without throwing', (_, text) => {
    const started = performance.now()
    const result = parseFilm(text, { file: 'fuzz.txt' })
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(checkResult(text, result)).toBeNull()
  })
})
