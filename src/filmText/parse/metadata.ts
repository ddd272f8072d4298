/**
 * The lines between the facts line and the first section heading: Director(s), Cast,
 * the genre line, the themes line (both unlabelled, in that order) and Box Office.
 */
import type { ThemeGuess } from '../types'
import { GENRES, isGenreName, splitGenres } from '../vocabulary/genres'
import { segmentThemes } from '../vocabulary/themes'
import { matchLeadingDate } from './dates'
import { FormatError, type Line } from './lines'
import { KNOWN_LABELS, headingOf, splitLabel, type Field } from './markers'
import { parseBoxOffice } from './money'

export interface Metadata {
  directors: string[]
  cast: string[]
  genres: string[]
  themes: ThemeGuess[]
  /** The themes line's number, so a reviewer of the guessed split can be pointed at it. */
  themesLine: number | null
  boxOffice: { amount: number; currency: string } | null
  /** Index of the first section heading, or lines.length when there is none. */
  bodyIndex: number
}

export function readMetadata(
  lines: readonly Line[],
  from: number,
  knownThemes: readonly string[],
  warnings: string[],
): Metadata {
  const meta: Metadata = {
    directors: [],
    cast: [],
    genres: [],
    themes: [],
    themesLine: null,
    boxOffice: null,
    bodyIndex: lines.length,
  }
  const seen = new Map<Field, number>()
  const factsLine = lines[from - 1]?.n ?? 1
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]
    if (!line || line.text === '') continue
    if (headingOf(line.text)) {
      meta.bodyIndex = i
      break
    }
    const labelled = splitLabel(line.text)
    let field: Field | null = labelled?.field ?? null
    let value = labelled?.value ?? line.text
    if (labelled && !field && labelled.label.split(' ').length <= 2) {
      throw new FormatError(
        line.n,
        `Unknown field "${labelled.label}:". The fields after the facts line are ${KNOWN_LABELS}; the genre and themes lines need no label.`,
      )
    }
    if (!field && matchLeadingDate(line.text) !== null) {
      throw new FormatError(
        line.n,
        `This looks like a second facts line (the first is on line ${factsLine}). Keep only one.`,
      )
    }
    if (!field) {
      // Unlabelled lines are, in order, the genre line and the themes line.
      field = !seen.has('genres') ? 'genres' : !seen.has('themes') ? 'themes' : null
      value = line.text
      if (!field) {
        throw new FormatError(
          line.n,
          'Unexpected line after the genre and themes lines. Expected "Box Office:" or a section heading ("Symbols & Motifs"). If this is a symbol, the "Symbols & Motifs" heading above it is missing.',
        )
      }
    }
    const previous = seen.get(field)
    if (previous !== undefined) {
      throw new FormatError(line.n, `A second ${describe(field)} (the first is on line ${previous}). Keep only one.`)
    }
    seen.set(field, line.n)
    readField(meta, field, value, line, knownThemes, warnings)
  }
  const missing = (['directors', 'cast', 'genres', 'themes'] as const).filter((f) => !seen.has(f))
  for (const f of missing) warnings.push(`line ${factsLine}: no ${describe(f)} after the facts line`)
  return meta
}

function readField(
  meta: Metadata,
  field: Field,
  value: string,
  line: Line,
  knownThemes: readonly string[],
  warnings: string[],
): void {
  switch (field) {
    case 'directors':
    case 'cast': {
      meta[field] = splitNames(value)
      if (meta[field].length === 0) warnings.push(`line ${line.n}: the ${describe(field)} names nobody`)
      return
    }
    case 'genres': {
      const split = splitGenres(value)
      if (!split.ok) {
        const themesHint = /\s(?:and|of|the|as)\s/u.test(value)
          ? ' If this is the themes line, the genre line above it is missing.'
          : ''
        throw new FormatError(
          line.n,
          `Unknown genre "${split.unknown}". The genre line lists genres separated by spaces, each one of: ${GENRES.join(', ')}.${themesHint}`,
        )
      }
      if (split.duplicates.length > 0)
        warnings.push(`line ${line.n}: genre listed twice: ${split.duplicates.join(', ')}`)
      meta.genres = split.genres
      return
    }
    case 'themes': {
      const guesses = segmentThemes(value, knownThemes)
      const unique: ThemeGuess[] = []
      for (const g of guesses) {
        if (unique.some((u) => u.text.toLowerCase() === g.text.toLowerCase())) {
          warnings.push(`line ${line.n}: theme "${g.text}" is listed twice`)
        } else {
          unique.push(g)
        }
      }
      if (unique.length === 0) warnings.push(`line ${line.n}: the themes line is empty`)
      if (unique.length > 0 && unique.every((g) => isGenreName(g.text))) {
        warnings.push(`line ${line.n}: the themes line contains only genre names; is it a second genre line?`)
      }
      if (value.split(/\s+/u).length > 60)
        warnings.push(`line ${line.n}: the themes line is very long; is it a paragraph?`)
      meta.themes = unique
      meta.themesLine = line.n
      return
    }
    case 'boxOffice': {
      const money = parseBoxOffice(value)
      if (!money.ok) throw new FormatError(line.n, money.message)
      if (money.value === null) warnings.push(`line ${line.n}: the box office line gives no figure`)
      meta.boxOffice = money.value
      return
    }
  }
}

/** "A, B and C", "A & B", "A; B" → ["A", "B", "C"]. */
export function splitNames(value: string): string[] {
  return value
    .split(/\s*[,;&]\s*|\s+and\s+/u)
    .map((s) => s.replace(/^and\s+/u, '').trim())
    .filter((s) => s !== '')
}

function describe(field: Field): string {
  switch (field) {
    case 'directors':
      return '"Director:" line'
    case 'cast':
      return '"Cast:" line'
    case 'genres':
      return 'genre line'
    case 'themes':
      return 'themes line'
    case 'boxOffice':
      return '"Box Office:" line'
  }
}
