/**
 * The inverse of the parser: a ParsedFilm back to the analysis text format of
 * src/seed/films/*.txt. Pure: no I/O and no Payload. `parseFilm(formatFilm(film))` gives `film`
 * back for anything the format can hold (see the README's "Export, backup and restore").
 */
import { matchLeadingDate } from './parse/dates'
import { headingOf, SECTION_TITLES, splitLabel } from './parse/markers'
import { isQuestionLine } from './parse/questions'
import type { ParsedFilm } from './types'
import { CURRENCY_SYMBOLS, currencyFor } from './vocabulary/currencies'

/** A film the text format cannot hold at all (today: one without a release date). */
export class FilmFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FilmFormatError'
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2013-01-23" → "23 January 2013". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined
  if (!m || !month) throw new FilmFormatError(`The release date "${iso}" is not a calendar date (YYYY-MM-DD).`)
  return `${Number(m[3])} ${month} ${m[1]}`
}

/** 2173 → "2,173": the separator the seed files use. */
export function groupThousands(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

/** 7.9 → "7.9", 8 → "8"; at most two decimals, as the parser reads them. */
const formatScore = (score: number): string => String(Math.round(score * 100) / 100)

/**
 * The currency as the editor would write it: a symbol when one reads back as this very currency
 * ("$", "€", "₩"), otherwise the ISO code in front ("CHF 1,000,000").
 */
export function formatMoney({ amount, currency }: { amount: number; currency: string }): string {
  const symbol = Object.keys(CURRENCY_SYMBOLS).find(
    (s) => CURRENCY_SYMBOLS[s] === currency && currencyFor(s) === currency,
  )
  return symbol ? `${symbol}${groupThousands(amount)}` : `${currency} ${groupThousands(amount)}`
}

export function formatFacts(
  film: Pick<ParsedFilm, 'title' | 'releaseDate' | 'country' | 'runtimeMinutes' | 'rating'>,
): string {
  if (!film.releaseDate) {
    throw new FilmFormatError(
      `"${film.title}" has no release date, and the facts line of the text format starts with one. Add the release date to the film, then export again.`,
    )
  }
  const parts = [formatDate(film.releaseDate)]
  if (film.country) parts.push(film.country)
  if (film.runtimeMinutes !== null) parts.push(`${film.runtimeMinutes} min`)
  if (film.rating) parts.push(`⭐ ${formatScore(film.rating.score)} (${groupThousands(film.rating.votes)})`)
  return parts.join(' ')
}

type Misread = (line: string) => boolean

const isHeading: Misread = (line) => headingOf(line) !== null
const isLabel: Misread = (line) => /^(meaning|context)\s*(?::|$)/iu.test(line)

/**
 * One paragraph as lines. The parser joins the lines of a paragraph with a space, so a paragraph
 * that would be misread on a line of its own (a discussion paragraph ending in "?" reads as a new
 * question, one saying just "Core Meaning" as a heading) is written over two lines instead.
 */
function paragraphLines(text: string, first: Misread, rest: Misread): string[] {
  if (!first(text)) return [text]
  const words = text.split(' ')
  for (let i = words.length - 1; i >= 1; i--) {
    const head = words.slice(0, i).join(' ')
    const tail = words.slice(i).join(' ')
    if (!first(head) && !rest(tail)) return [head, tail]
  }
  return [text]
}

/** Paragraphs (separated by blank lines in the stored text) as blocks of lines. */
function paragraphs(text: string, first: Misread, rest: Misread = first): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => paragraphLines(p, first, rest).join('\n'))
}

/** Whether an unlabelled metadata line would be taken for something else. */
const needsLabel = (line: string): boolean =>
  splitLabel(line) !== null || matchLeadingDate(line) !== null || isHeading(line)

/** The film in the analysis text format, ending with a newline. */
export function formatFilm(film: ParsedFilm): string {
  const blocks: string[] = []
  const header = [film.title]
  if (film.logline) header.push(film.logline)
  header.push(film.title, film.title)
  blocks.push(header.join('\n'))
  if (film.originalTitle) blocks.push(film.originalTitle)
  if (film.tagline) blocks.push(`"${film.tagline}"`)

  const meta = [formatFacts(film)]
  if (film.directors.length > 0)
    meta.push(`${film.directors.length > 1 ? 'Directors' : 'Director'}: ${film.directors.join(', ')}`)
  if (film.cast.length > 0) meta.push(`Cast: ${film.cast.join(', ')}`)
  if (film.genres.length > 0) meta.push(film.genres.join(' '))
  if (film.themes.length > 0) {
    // As in the files, themes run together; the label is only needed where the line alone would
    // be read as the genre line (no genres) or as another field.
    const line = film.themes.join(' ')
    meta.push(film.genres.length === 0 || needsLabel(line) ? `Themes: ${line}` : line)
  }
  if (film.boxOffice) meta.push(`Box Office: ${formatMoney(film.boxOffice)}`)
  blocks.push(meta.join('\n'))

  blocks.push(`${film.title} - Symbolism & Philosophy`)

  const symbolText = (t: string) => paragraphs(t, (l) => isHeading(l) || isLabel(l))
  if (film.symbols.length > 0) {
    blocks.push(SECTION_TITLES.symbols)
    for (const symbol of film.symbols) {
      blocks.push(symbol.name, 'Meaning:', ...symbolText(symbol.meaning), 'Context:', ...symbolText(symbol.context))
    }
  }
  if (film.questions.length > 0) {
    blocks.push(SECTION_TITLES.questions)
    for (const { question, discussion } of film.questions) {
      blocks.push(question, ...paragraphs(discussion, (l) => isQuestionLine(l) || isHeading(l), isHeading))
    }
  }
  if (film.coreMeaning) blocks.push(SECTION_TITLES.core, ...paragraphs(film.coreMeaning, isHeading))
  return `${blocks.join('\n\n')}\n`
}
