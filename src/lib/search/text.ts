// What every engine indexes and searches for, computed here once so that SQLite, PostgreSQL and
// MongoDB see the same words: case and accents folded (`amelie` finds Amélie without PostgreSQL's
// `unaccent` extension, which is not always installed), and Chinese, Japanese and Korean text cut
// into overlapping two-character pieces. None of the three engines segments CJK (FTS5's unicode61
// and PostgreSQL's parser keep a whole run of ideographs as one word, MongoDB has no CJK stemmer),
// so a word inside a Japanese title could never be found; bigrams are what Lucene's CJK analyzer
// does, need no dictionary, and a query cut the same way matches them as a phrase.

// Letters that do not decompose into a base letter and a mark.
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' }

const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu')
const IS_CJK = new RegExp(`^[${CJK_CHARS}]+$`, 'u')

/** Whether a word is Chinese, Japanese or Korean (one of the pairs `words` cuts). */
export const isCjk = (word: string): boolean => IS_CJK.test(word)

/** The runs of CJK characters in a folded text. */
export const cjkRuns = (text: string): string[] => text.match(CJK_RUN) ?? []
const WORD = /[\p{L}\p{N}]+/gu

// Text with no character past ASCII has no accent, ligature or script to fold.
const ASCII = /^[\x00-\x7f]*$/

/** Lower case without the accents of Latin, Greek and Cyrillic letters (kana's voicing marks stay). */
export function fold(text: string): string {
  // Most of an English catalogue's words: highlighting calls this once per word of every result,
  // and the two normalisations were most of a search's CPU time for a common word.
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[ßæœøłđðþ]/g, (c) => LIGATURES[c]!)
}

/** A run of CJK characters as its overlapping pairs ("神隠し" → "神隠 隠し"); one character stays. */
const bigrams = (run: string): string[] => {
  const chars = [...run]
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c)
}

/** The words of a text as the engines index them, in order. */
export function words(text: string): string[] {
  const spaced = fold(text).replace(CJK_RUN, (run) => ` ${bigrams(run).join(' ')} `)
  return spaced.match(WORD) ?? []
}

/** A document's text as handed to the engine: its words separated by single spaces. */
export const indexText = (text: string): string => words(text).join(' ')

export type ParsedQuery = {
  /** The query's words, folded; CJK cut into pairs. Safe to quote for any engine: letters and digits only. */
  terms: string[]
  /** Whether the last term also matches longer words (the visitor may still be typing it). */
  prefixLast: boolean
}

/** A visitor's query as terms; `null` when it holds no word to search for. */
export function parseQuery(query: string): ParsedQuery | null {
  const terms = words(query)
  if (!terms.length) return null
  // A CJK pair is already a whole indexed word; a lone CJK character is the start of one.
  const last = terms.at(-1)!
  const cjkPair = isCjk(last) && [...last].length === 2
  return { terms, prefixLast: !cjkPair }
}
