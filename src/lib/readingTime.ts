// How long an analysis takes to read, from the words of its rich text. Pure: it walks Lexical's
// JSON without loading the editor.

/** A common figure for reading prose on screen. */
const WORDS_PER_MINUTE = 230

type LexicalNode = { text?: unknown; children?: unknown }

function wordsIn(node: unknown): number {
  if (!node || typeof node !== 'object') return 0
  const { text, children } = node as LexicalNode
  const own = typeof text === 'string' ? (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0) : 0
  return own + (Array.isArray(children) ? children.reduce((sum: number, child) => sum + wordsIn(child), 0) : 0)
}

/** Words in Lexical documents (`{ root }`) and plain strings; anything else counts nothing. */
export function countWords(values: readonly unknown[]): number {
  return values.reduce<number>(
    (sum, value) =>
      sum +
      (typeof value === 'string' ? wordsIn({ text: value }) : wordsIn((value as { root?: unknown } | null)?.root)),
    0,
  )
}

/** Whole minutes, at least one once there is anything to read; zero when there is nothing. */
export const readingMinutes = (words: number): number =>
  words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE))
