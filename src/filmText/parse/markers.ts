/**
 * Recognises the structural lines of the format: labelled fields ("Director:")
 * and section headings ("Symbols & Motifs", "<Title> - Symbolism & Philosophy").
 */

export type Field = 'directors' | 'cast' | 'boxOffice' | 'genres' | 'themes'

const FIELDS: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['director', 'directors'],
  ['directors', 'directors'],
  ['directed by', 'directors'],
  ['cast', 'cast'],
  ['starring', 'cast'],
  ['box office', 'boxOffice'],
  ['genre', 'genres'],
  ['genres', 'genres'],
  ['theme', 'themes'],
  ['themes', 'themes'],
])

export interface Labelled {
  label: string
  field: Field | null
  value: string
}

// The label is short and made of letters, so the lazy group cannot run away.
const LABEL = /^(\p{L}[\p{L} .]{0,24}?)\s*:\s*(.*)$/u

/** "Director: Lee Hwan-kyung" → { label: "Director", field: "directors", value: "Lee Hwan-kyung" }. */
export function splitLabel(text: string): Labelled | null {
  const m = LABEL.exec(text)
  if (!m) return null
  const label = (m[1] ?? '').trim()
  return { label, field: FIELDS.get(label.toLowerCase().replace(/\s+/g, ' ')) ?? null, value: (m[2] ?? '').trim() }
}

export const KNOWN_LABELS = 'Director, Directors, Cast, Box Office (and optionally Genres, Themes)'

export type SectionKind = 'symbols' | 'questions' | 'core'
export type Heading = { kind: SectionKind } | { kind: 'overview'; subject: string }

export const SECTION_TITLES: Readonly<Record<SectionKind, string>> = {
  symbols: 'Symbols & Motifs',
  questions: 'Philosophical Questions',
  core: 'Core Meaning',
}

const SECTION_NAMES: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
  ['symbols and motifs', 'symbols'],
  ['motifs and symbols', 'symbols'],
  ['symbols', 'symbols'],
  ['philosophical questions', 'questions'],
  ['questions', 'questions'],
  ['core meaning', 'core'],
  ['core message', 'core'],
])

const OVERVIEW_SUFFIX = 'symbolism and philosophy'

/** Tolerates Markdown decoration ("## Core Meaning", "**Core Meaning:**") and "and" for "&". */
export function headingOf(text: string): Heading | null {
  if (text.length > 200) return null
  const plain = text
    .replace(/^#+\s*/u, '')
    .replace(/^\*+|\*+$/gu, '')
    .replace(/:$/u, '')
    .trim()
  const key = plain.toLowerCase().replace(/&/gu, ' and ').replace(/\s+/gu, ' ').trim()
  const kind = SECTION_NAMES.get(key)
  if (kind) return { kind }
  if (key.endsWith(OVERVIEW_SUFFIX)) {
    // Cut the subject before "Symbolism", whatever separator the editor used.
    const at = plain.toLowerCase().lastIndexOf('symbolism')
    const subject = plain
      .slice(0, Math.max(0, at))
      .replace(/[\s\-–—:|]+$/u, '')
      .trim()
    return { kind: 'overview', subject }
  }
  return null
}
