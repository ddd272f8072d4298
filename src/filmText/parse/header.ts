/**
 * The header: title, logline, the title repeated, an optional original title, an
 * optional quoted tagline, then the facts line. Blank lines may appear anywhere.
 */
import { matchLeadingDate } from './dates'
import { FACTS_EXAMPLE, looksLikeFacts } from './facts'
import { FormatError, sameText, type Line } from './lines'
import { headingOf, splitLabel } from './markers'

export interface Header {
  title: string
  titleLine: number
  logline: string | null
  originalTitle: string | null
  tagline: string | null
  /** Index into the lines array, not a line number. */
  factsIndex: number
}

const HEADER_SHAPE =
  'The file starts with the title, the logline, the title again, an optional original title, an optional tagline in quotes, then the facts line'

const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '「', '」', '『', '』', '‹', '›'])

export function isQuoted(text: string): boolean {
  const chars = [...text]
  return chars.length >= 2 && QUOTES.has(chars[0] ?? '') && QUOTES.has(chars[chars.length - 1] ?? '')
}

function unquote(text: string): string {
  return [...text].slice(1, -1).join('').trim()
}

export function readHeader(lines: readonly Line[], warnings: string[]): Header {
  const first = lines.findIndex((l) => l.text !== '')
  const titleLine = lines[first]
  if (first < 0 || !titleLine) {
    throw new FormatError(1, `The file is empty. ${HEADER_SHAPE} (e.g. "${FACTS_EXAMPLE}").`)
  }
  const title = titleLine.text
  if (titleLine.n > 1)
    warnings.push(`line ${titleLine.n}: the title should be on line 1; the blank lines above it were ignored`)
  rejectNonTitle(titleLine)

  const header: Line[] = []
  let factsIndex = -1
  let stop: Line | undefined
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.text === '') continue
    // A tagline may mention minutes or stars; like the logline, it only counts with a leading date.
    if (looksLikeFacts(line.text, header.length === 0 || isQuoted(line.text))) {
      factsIndex = i
      break
    }
    if (splitLabel(line.text)?.field || headingOf(line.text)) {
      stop = line
      break
    }
    header.push(line)
  }

  // The logline is the line right after the title, unless the title repeats at once.
  const h0 = header[0]
  const logline = h0 && !sameText(h0.text, title) && !isQuoted(h0.text) ? h0 : null
  const repeats = header.filter((l) => sameText(l.text, title))
  let originalTitle: Line | null = null
  let tagline: Line | null = null
  const extras: Line[] = []
  for (const line of header.slice(logline ? 1 : 0)) {
    if (sameText(line.text, title)) continue
    if (isQuoted(line.text)) {
      if (tagline) extras.push(line)
      else tagline = line
    } else if (!originalTitle && !tagline) {
      originalTitle = line
    } else {
      extras.push(line)
    }
  }

  if (repeats.length === 0) rejectMissingTitle(titleLine, header)

  if (factsIndex < 0) {
    const afterHeader = stop?.n ?? (header[header.length - 1]?.n ?? titleLine.n) + 1
    const lastExtra = extras[extras.length - 1]
    if (lastExtra) {
      throw new FormatError(
        lastExtra.n,
        `This line is not a valid facts line and not part of the header either. ${HEADER_SHAPE}, which must read like "${FACTS_EXAMPLE}" (release date, country, runtime, rating, votes).`,
      )
    }
    if (originalTitle && !tagline && header[header.length - 1] === originalTitle) {
      throw new FormatError(
        originalTitle.n,
        `Expected the facts line (like "${FACTS_EXAMPLE}") after the header, but this line was read as the original title. If it is the facts line, make it start with the release date; otherwise add the facts line after it.`,
      )
    }
    throw new FormatError(
      afterHeader,
      `The facts line is missing. Add a line like "${FACTS_EXAMPLE}" (release date, country, runtime, rating, votes) after the title, logline, original title and tagline.`,
    )
  }
  const firstExtra = extras[0]
  if (firstExtra) {
    throw new FormatError(
      firstExtra.n,
      `Unexpected line in the header. ${HEADER_SHAPE}; this line is neither the original title nor a quoted tagline, or it is in the wrong place. Remove it or move it.`,
    )
  }

  if (originalTitle) {
    const words = originalTitle.text.split(' ').length
    if (words > 12) {
      warnings.push(
        `line ${originalTitle.n}: the original title is ${words} words long; check that it is not the logline`,
      )
    } else if (words >= 4 && /[.!]$/u.test(originalTitle.text)) {
      warnings.push(`line ${originalTitle.n}: read as the original title; if it is the tagline, put it in quotes`)
    }
  }
  let taglineText = tagline ? unquote(tagline.text) : null
  if (tagline && taglineText === '') {
    warnings.push(`line ${tagline.n}: the tagline is empty`)
    taglineText = null
  }
  return {
    title,
    titleLine: titleLine.n,
    logline: logline?.text ?? null,
    originalTitle: originalTitle?.text ?? null,
    tagline: taglineText,
    factsIndex,
  }
}

function rejectNonTitle(line: Line): void {
  const what = matchLeadingDate(line.text)
    ? 'the facts line'
    : splitLabel(line.text)?.field
      ? `the "${splitLabel(line.text)?.label ?? ''}:" line`
      : headingOf(line.text)
        ? 'a section heading'
        : isQuoted(line.text)
          ? 'a quoted tagline'
          : null
  if (what) {
    throw new FormatError(line.n, `The film title is missing: this line looks like ${what}. ${HEADER_SHAPE}.`)
  }
}

/**
 * The title is supposed to be repeated after the logline. When it is not, but some
 * other line is repeated, or the first line reads like a sentence, the title was
 * most likely left out and the logline moved up into its place.
 */
function rejectMissingTitle(titleLine: Line, header: readonly Line[]): void {
  const repeated = header.find((l, i) => header.slice(i + 1).some((m) => sameText(m.text, l.text)))
  const words = titleLine.text.split(' ').length
  const sentence = words >= 10 && /[.!]$/u.test(titleLine.text)
  if (repeated || sentence) {
    const because = repeated
      ? `the title is expected to be repeated after the logline, but "${repeated.text}" (line ${repeated.n}) is repeated instead`
      : 'it reads like a logline, not a title'
    // The title belongs on line 1 even if the editor left blank lines there.
    throw new FormatError(
      1,
      `The film title seems to be missing: ${because}. Put the film title on line 1. ${HEADER_SHAPE}.`,
    )
  }
}
