/**
 * "Symbols & Motifs": each symbol is a name line, then "Meaning:" and paragraphs,
 * then "Context:" and paragraphs. A line followed (after blanks) by a "Meaning:" or
 * "Context:" label starts a new symbol, which is how the last context paragraph of
 * one symbol is told apart from the name of the next.
 */
import { FormatError, type Line } from './lines'

export interface SymbolEntry {
  name: string
  meaning: string
  context: string
}

type LabelKind = 'meaning' | 'context'

// "Meaning", "Meaning:" or "Meaning: text"; "Meaningful ..." is not a label.
const LABEL = /^(meaning|context)\s*(?::\s*(.*))?$/iu

function labelOf(text: string): { kind: LabelKind; inline: string } | null {
  const m = LABEL.exec(text)
  if (!m) return null
  return { kind: (m[1] ?? '').toLowerCase() === 'meaning' ? 'meaning' : 'context', inline: (m[2] ?? '').trim() }
}

interface Paragraph {
  n: number
  parts: string[]
}

interface Draft {
  name: string
  nameLine: number
  meaningLine: number | null
  contextLine: number | null
  meaning: Paragraph[]
  context: Paragraph[]
  state: 'name' | LabelKind
}

const SHAPE =
  'Each symbol is a line with its name, then a "Meaning:" line followed by paragraphs, then a "Context:" line followed by paragraphs.'

export function readSymbols(lines: readonly Line[], heading: Line): SymbolEntry[] {
  const done: SymbolEntry[] = []
  let draft: Draft | null = null
  let previousBlank = true
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    if (line.text === '') {
      previousBlank = true
      continue
    }
    const label = labelOf(line.text)
    if (label) {
      if (!draft) {
        throw new FormatError(
          line.n,
          `"${line.text}" has no symbol name above it (the section starts on line ${heading.n}). ${SHAPE}`,
        )
      }
      startLabel(draft, label.kind, line)
      if (label.inline !== '') draft[label.kind].push({ n: line.n, parts: [label.inline] })
      previousBlank = label.inline === ''
      continue
    }
    const next = nextNonBlank(lines, i)
    const nextLabel = labelOf(next?.text ?? '')
    const startsSymbol =
      !draft ||
      (nextLabel !== null && (draft.state === 'context' || (draft.state === 'meaning' && nextLabel.kind === 'meaning')))
    if (startsSymbol) {
      if (nextLabel && next && readsLikeParagraph(line.text)) {
        if (draft && nextLabel.kind === 'context') rejectOrphanName(draft)
        throw new FormatError(
          next.n,
          `This "${next.text}" has no symbol name above it: line ${line.n} reads like a paragraph, not a name. Put the symbol's name on its own line before it. ${SHAPE}`,
        )
      }
      if (draft) done.push(finish(draft, line.n))
      draft = {
        name: line.text,
        nameLine: line.n,
        meaningLine: null,
        contextLine: null,
        meaning: [],
        context: [],
        state: 'name',
      }
      previousBlank = true
      continue
    }
    if (!draft || draft.state === 'name') {
      const name = draft?.name ?? line.text
      throw new FormatError(
        draft?.nameLine ?? line.n,
        `The symbol "${name}" has no "Meaning:" line after its name. ${SHAPE}`,
      )
    }
    const paragraphs = draft[draft.state]
    const last = paragraphs[paragraphs.length - 1]
    if (!previousBlank && last) last.parts.push(line.text)
    else paragraphs.push({ n: line.n, parts: [line.text] })
    previousBlank = false
  }
  if (draft) done.push(finish(draft, null))
  return done
}

/** Names are short and unpunctuated; context paragraphs are sentences. */
function readsLikeParagraph(text: string): boolean {
  const words = text.split(' ').length
  return words > 15 || (words > 8 && /[.!?]["'”’)]*$/u.test(text))
}

function looksLikeName(p: Paragraph): boolean {
  const text = p.parts.join(' ')
  return p.parts.length === 1 && text.split(' ').length <= 8 && !/[.!?:;,]["'”’)]*$/u.test(text)
}

function startLabel(draft: Draft, kind: LabelKind, line: Line): void {
  if (kind === 'meaning') {
    if (draft.meaningLine !== null) {
      throw new FormatError(
        line.n,
        `The symbol "${draft.name}" (line ${draft.nameLine}) has a second "Meaning:". If a new symbol starts here, put its name on the line above. ${SHAPE}`,
      )
    }
    draft.meaningLine = line.n
  } else {
    if (draft.meaningLine === null) {
      throw new FormatError(
        draft.nameLine,
        `The symbol "${draft.name}" has "Context:" (line ${line.n}) but no "Meaning:" before it. ${SHAPE}`,
      )
    }
    if (draft.contextLine !== null) {
      rejectOrphanName(draft)
      throw new FormatError(
        line.n,
        `The symbol "${draft.name}" (line ${draft.nameLine}) has a second "Context:". If a new symbol starts here, put its name and a "Meaning:" section above it. ${SHAPE}`,
      )
    }
    draft.contextLine = line.n
  }
  draft.state = kind
}

/**
 * A second "Context:" usually means the next symbol lost its "Meaning:" line, so its
 * name was read as one more context paragraph; point at that name if one stands out.
 */
function rejectOrphanName(draft: Draft): void {
  const orphanName = draft.context.slice(1).find(looksLikeName)
  if (orphanName) {
    throw new FormatError(
      orphanName.n,
      `The symbol "${orphanName.parts.join(' ')}" has no "Meaning:" line after its name. ${SHAPE}`,
    )
  }
}

function finish(draft: Draft, nextSymbolLine: number | null): SymbolEntry {
  const where =
    nextSymbolLine === null ? 'before the end of the section' : `before the next symbol on line ${nextSymbolLine}`
  if (draft.meaningLine === null) {
    throw new FormatError(draft.nameLine, `The symbol "${draft.name}" has no "Meaning:" line after its name. ${SHAPE}`)
  }
  const meaning = join(draft.meaning)
  if (meaning === '') {
    throw new FormatError(
      draft.meaningLine,
      `The "Meaning:" of the symbol "${draft.name}" is empty. Write at least one paragraph after it.`,
    )
  }
  if (draft.contextLine === null) {
    throw new FormatError(
      draft.nameLine,
      `The symbol "${draft.name}" has a "Meaning:" (line ${draft.meaningLine}) but no "Context:". Add a "Context:" line and its paragraphs ${where}.`,
    )
  }
  const context = join(draft.context)
  if (context === '') {
    throw new FormatError(
      draft.contextLine,
      `The "Context:" of the symbol "${draft.name}" is empty. Write at least one paragraph after it.`,
    )
  }
  return { name: draft.name, meaning, context }
}

function join(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((p) => p.parts.join(' ').trim())
    .filter((p) => p !== '')
    .join('\n\n')
}

function nextNonBlank(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]
    if (line && line.text !== '') return line
  }
  return undefined
}
