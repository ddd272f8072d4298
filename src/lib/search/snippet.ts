import { cjkRuns, fold, isCjk, words } from './text'

// The passage of a result shown under its title, with the query's words marked. The index text
// joins a document's fields with blank lines (src/config/search.ts); a passage is taken from one
// field, so a tagline never runs into the country after it.

/** A run of text, marked when it is one of the query's words. React renders `match` as <mark>. */
export type Segment = { text: string; match: boolean }

const RADIUS = 100
const TOKEN = /[\p{L}\p{N}]+/gu

/**
 * Whether a word of the text is a form of a query term: the term itself, a longer word it begins
 * (the last word may still be being typed), or a word sharing its stem — near enough for
 * highlighting what the engine's stemmer matched ("sacrifices" marks "sacrifice").
 */
function isForm(word: string, term: string): boolean {
  const w = fold(word)
  // A one-letter term ("i" of "I Am Sam") marks only itself, not every word it begins.
  if (w === term || (term.length > 1 && w.startsWith(term))) return true
  const stem = Math.max(4, term.length - 3)
  return term.length >= 4 && w.length >= stem && w.slice(0, stem) === term.slice(0, stem)
}

/** Splits a passage into segments, marking the query's words. */
export function highlight(passage: string, query: string): Segment[] {
  const terms = words(query).filter((t) => !isCjk(t))
  // CJK text is unspaced: the query's runs are marked where they occur, inside longer runs too.
  const runs = cjkRuns(fold(query))
  const marks: [number, number][] = []
  for (const m of passage.matchAll(TOKEN)) {
    if (terms.some((t) => isForm(m[0], t))) marks.push([m.index, m.index + m[0].length])
  }
  for (const run of runs) {
    // Folding leaves CJK characters as they are, so the run is found in the passage itself.
    for (let at = passage.indexOf(run); at >= 0; at = passage.indexOf(run, at + run.length))
      marks.push([at, at + run.length])
  }
  marks.sort((a, b) => a[0] - b[0])
  const segments: Segment[] = []
  let at = 0
  for (const [start, end] of marks) {
    if (start < at) continue
    if (start > at) segments.push({ text: passage.slice(at, start), match: false })
    segments.push({ text: passage.slice(start, end), match: true })
    at = end
  }
  if (at < passage.length) segments.push({ text: passage.slice(at), match: false })
  return segments
}

const matches = (segments: Segment[]) => segments.filter((s) => s.match).length

/** A word-aligned window of `field` around its first marked word. */
function window(field: string, segments: Segment[]): string {
  let first = 0
  for (const s of segments) {
    if (s.match) break
    first += s.text.length
  }
  let start = Math.max(0, first - RADIUS)
  let end = Math.min(field.length, first + RADIUS * 2)
  if (start > 0) start = field.indexOf(' ', start) + 1 || start
  if (end < field.length) end = field.lastIndexOf(' ', end) > first ? field.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${field.slice(start, end).trim()}${end < field.length ? '…' : ''}`
}

/** The passage of `text` that best shows why it matched `query`, or null when no field has a word of it. */
export function snippetOf(text: string, query: string): Segment[] | null {
  const fields = text
    .split(/\n\s*\n/)
    .map((f) => f.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  let best: { field: string; segments: Segment[] } | null = null
  for (const field of fields) {
    const segments = highlight(field, query)
    if (matches(segments) > (best ? matches(best.segments) : 0)) best = { field, segments }
  }
  return best ? highlight(window(best.field, best.segments), query) : null
}
