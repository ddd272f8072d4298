// The themes line: a vocabulary of common themes and the segmenter that splits a line of themes
// written with no separators.
import type { ThemeGuess } from '../types'
import { trimPunctuation } from './words'

/**
 * Common film-analysis themes. Deliberately general: it is a prior for the
 * segmenter, not a copy of any film's theme line.
 */
export const THEME_VOCABULARY: readonly string[] = [
  'Acceptance',
  'Addiction',
  'Adolescence',
  'Aging',
  'Alienation',
  'Ambition',
  'Appearance vs. Reality',
  'Belonging',
  'Betrayal',
  'Brotherhood',
  'Capitalism',
  'Childhood',
  'Class Struggle',
  'Colonialism',
  'Coming of Age',
  'Community',
  'Compassion',
  'Conformity',
  'Corruption',
  'Courage',
  'Creativity',
  'Cultural Identity',
  'Death',
  'Deception',
  'Destiny',
  'Dignity',
  'Disability',
  'Discrimination',
  'Displacement',
  'Duty',
  'Empathy',
  'Endurance',
  'Escapism',
  'Exile',
  'Faith',
  'Family',
  'Fate',
  'Fatherhood',
  'Fear',
  'First Love',
  'Forbidden Love',
  'Forgiveness',
  'Found Family',
  'Free Will',
  'Freedom',
  'Friendship',
  'Gender Roles',
  'Generational Trauma',
  'Good vs. Evil',
  'Greed',
  'Grief',
  'Growing Up',
  'Guilt',
  'Heroism',
  'Home',
  'Honor',
  'Hope',
  'Hubris',
  'Humanity',
  'Identity',
  'Imagination',
  'Immigration',
  'Individuality',
  'Injustice',
  'Innocence',
  'Isolation',
  'Jealousy',
  'Justice',
  'Kindness',
  'Legacy',
  'Loneliness',
  'Loss',
  'Loss of Innocence',
  'Love',
  'Loyalty',
  'Madness',
  'Man vs. Nature',
  'Marriage',
  'Masculinity',
  'Materialism',
  'Memory',
  'Mental Illness',
  'Moral Ambiguity',
  'Morality',
  'Mortality',
  'Motherhood',
  'Nostalgia',
  'Obsession',
  'Oppression',
  'Paranoia',
  'Parenthood',
  'Perseverance',
  'Poverty',
  'Power',
  'Prejudice',
  'Racism',
  'Rebellion',
  'Redemption',
  'Regret',
  'Religion',
  'Resilience',
  'Resistance',
  'Revenge',
  'Sacrifice',
  'Second Chances',
  'Self-Discovery',
  'Sisterhood',
  'Social Class',
  'Solidarity',
  'Survival',
  'Technology',
  'Temptation',
  'The American Dream',
  'Totalitarianism',
  'Trauma',
  'Truth',
  'Unconditional Love',
  'Violence',
  'War',
]

/** Lowercase words that glue the words of one theme together, never start one. */
export const THEME_CONNECTORS: ReadonlySet<string> = new Set([
  'and',
  'of',
  'the',
  'as',
  'in',
  'vs',
  'vs.',
  'versus',
  'a',
  'an',
  'or',
  'for',
  'to',
  'with',
  'against',
  'from',
  '&',
  'on',
  'at',
  'by',
  'into',
  'without',
  'within',
  'between',
  'beyond',
  'through',
  'over',
  'under',
  'nor',
  'but',
])

// Capitalised, these begin a theme ("The American Dream") instead of joining two.
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/** Endings of adjective-like words that modify the next capitalised word. */
export const MODIFIER_SUFFIXES: readonly string[] = [
  'ical',
  'al',
  'ed',
  'ous',
  'ive',
  'ful',
  'less',
  'ic',
  'able',
  'ible',
  'ary',
  'ish',
  'ent',
  'ant',
]

/** Modifiers the suffix rule cannot see. */
export const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'human',
  'modern',
  'working',
  'small',
  'big',
  'great',
  'old',
  'new',
  'young',
  'lost',
  'broken',
  'first',
  'last',
  'true',
  'false',
  'good',
  'bad',
  'dark',
  'free',
  'hidden',
  'blind',
  'inner',
  'self',
  'mass',
  'middle',
  'upper',
  'lower',
  'higher',
  'cold',
  'hard',
  'pure',
  'deep',
  'long',
  'forbidden',
  'american',
  'christian',
  'single',
  'urban',
  'suburban',
  'civil',
  'second',
  'unspoken',
  'unwritten',
  'fallen',
  'forgotten',
  'chosen',
  'mistaken',
  'stolen',
  'toxic',
  'quiet',
  'absolute',
  'collective',
  'white',
  'black',
])

/** Nouns that merely look like modifiers because of their ending. */
export const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'survival',
  'betrayal',
  'denial',
  'arrival',
  'renewal',
  'revival',
  'trial',
  'ritual',
  'festival',
  'animal',
  'capital',
  'criminal',
  'individual',
  'approval',
  'proposal',
  'refusal',
  'removal',
  'rival',
  'signal',
  'scandal',
  'hospital',
  'journal',
  'memorial',
  'funeral',
  'carnival',
  'greed',
  'creed',
  'need',
  'seed',
  'bloodshed',
  'hatred',
  'deed',
  'speed',
  'parent',
  'student',
  'moment',
  'talent',
  'event',
  'agent',
  'element',
  'consent',
  'dissent',
  'descent',
  'intent',
  'extent',
  'torrent',
  'accent',
  'descendant',
  'immigrant',
  'servant',
  'tyrant',
  'peasant',
  'giant',
  'merchant',
  'covenant',
  'music',
  'magic',
  'logic',
  'panic',
  'rhetoric',
  'republic',
  'epic',
  'detective',
  'motive',
  'captive',
  'relative',
  'perspective',
  'narrative',
  'alternative',
  'boundary',
  'library',
  'sanctuary',
  'secretary',
  'visionary',
  'mercenary',
  'adversary',
  'anniversary',
  'missionary',
  'table',
  'fable',
  'bible',
  'crucible',
  'parable',
  'relish',
])

/** True when `word`, written with a capital, reads as modifying the next capitalised word. */
export function isModifier(word: string): boolean {
  const w = normaliseWord(word)
  const last = w.split('-').pop() ?? w
  if (MODIFIER_WORDS.has(w) || MODIFIER_WORDS.has(last)) return true
  if (NOT_MODIFIERS.has(w) || NOT_MODIFIERS.has(last)) return false
  if (last.endsWith('ment')) return false
  return MODIFIER_SUFFIXES.some((s) => last.length > s.length + 2 && last.endsWith(s))
}

const W_KNOWN = 30 // per word of a piece that is exactly a known theme
const W_VOCAB = 10 // per word of a piece that is exactly a vocabulary theme
const P_JOIN = 8 // a heuristic piece joins two capitalised words the heuristic would split
const P_DANGLING = 1000 // a heuristic piece ends in a modifier although the theme continues
const P_BREAK_KNOWN = 20 // a split falls inside a known phrase
const P_BREAK_VOCAB = 5 // a split falls inside a vocabulary phrase
// Above this many words the line is not a theme list; the O(n^3) search is not worth it.
const MAX_DP_WORDS = 60

interface Phrase {
  text: string
  source: 'known' | 'vocabulary'
  keys: string[]
}

interface PhraseTable {
  exact: Map<string, Phrase>
  byFirstKey: Map<string, Phrase[]>
}

const VOCAB_PHRASES: readonly Phrase[] = THEME_VOCABULARY.map((text) => toPhrase(text, 'vocabulary'))

function toPhrase(text: string, source: Phrase['source']): Phrase {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  return {
    text: trimmed,
    source,
    keys: trimmed
      .split(' ')
      .map(matchKey)
      .filter((k) => k !== ''),
  }
}

function buildTable(knownThemes: readonly string[]): PhraseTable {
  const exact = new Map<string, Phrase>()
  const byFirstKey = new Map<string, Phrase[]>()
  const known = knownThemes
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map((t) => toPhrase(t, 'known'))
  // Vocabulary first so a known theme with the same words replaces it.
  for (const p of [...VOCAB_PHRASES, ...known]) {
    if (p.keys.length === 0) continue
    exact.set(p.keys.join(' '), p)
    if (p.keys.length > 1) {
      const list = byFirstKey.get(p.keys[0] ?? '') ?? []
      list.push(p)
      byFirstKey.set(p.keys[0] ?? '', list)
    }
  }
  return { exact, byFirstKey }
}

/**
 * Splits a themes line whose themes run together with no separator.
 *
 * Themes are capitalised words joined by lowercase connectors, so a theme can only
 * end between two capitalised words. A dynamic program over those gaps picks the
 * split that maximises: pieces that are exactly a known theme (best), pieces that are
 * exactly a vocabulary theme, and otherwise the heuristic "split between two
 * capitalised words unless the first is a modifier", while never leaving a piece
 * that ends in a dangling modifier and avoiding splits inside known or vocabulary
 * phrases. If the editor did separate themes with commas or semicolons, those are
 * trusted and each piece is taken verbatim.
 */
export function segmentThemes(line: string, knownThemes: readonly string[] = []): ThemeGuess[] {
  const table = buildTable(knownThemes)
  const chunks = line
    .split(/[,;|•·]/)
    .map((c) => c.trim())
    .filter((c) => c !== '')
  if (chunks.length > 1) return chunks.map((chunk) => classifyWhole(chunk.split(/\s+/), table))
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
  if (words.length === 0) return []
  if (words.length > MAX_DP_WORDS) return greedyHeuristic(words)
  return segmentWords(words, table)
}

function classifyWhole(words: string[], table: PhraseTable): ThemeGuess {
  const phrase = table.exact.get(words.map(matchKey).join(' '))
  if (phrase?.source === 'known') return { text: phrase.text, source: 'known' }
  return { text: cleanThemeText(words.join(' ')), source: phrase ? 'vocabulary' : 'heuristic' }
}

function segmentWords(words: string[], table: PhraseTable): ThemeGuess[] {
  const n = words.length
  const keys = words.map(matchKey)
  const content = words.map((w) => !isJoining(w))
  const modifier = words.map((w, i) => content[i] === true && isModifier(w))
  // Gap g lies between word g and word g + 1; only there may a theme end.
  const splittable = (g: number): boolean => content[g] === true && content[g + 1] === true

  const occurrences: { start: number; end: number; source: Phrase['source'] }[] = []
  for (let s = 0; s < n; s++) {
    for (const p of table.byFirstKey.get(keys[s] ?? '') ?? []) {
      if (s + p.keys.length > n) continue
      if (p.keys.every((k, o) => keys[s + o] === k))
        occurrences.push({ start: s, end: s + p.keys.length, source: p.source })
    }
  }
  const breakCost = (boundary: number): number => {
    let cost = 0
    for (const o of occurrences) {
      if (o.start < boundary && boundary < o.end)
        cost = Math.max(cost, o.source === 'known' ? P_BREAK_KNOWN : P_BREAK_VOCAB)
    }
    return cost
  }
  const coveredWithin = (j: number, i: number, g: number): boolean =>
    occurrences.some((o) => o.start >= j && o.end <= i && o.start <= g && o.end >= g + 2)

  const piece = (j: number, i: number): { score: number; guess: ThemeGuess } => {
    const len = i - j
    const phrase = table.exact.get(keys.slice(j, i).join(' '))
    const text = cleanThemeText(words.slice(j, i).join(' '))
    if (phrase?.source === 'known') return { score: W_KNOWN * len, guess: { text: phrase.text, source: 'known' } }
    if (phrase) return { score: W_VOCAB * len, guess: { text, source: 'vocabulary' } }
    let penalty = 0
    for (let g = j; g < i - 1; g++) {
      if (splittable(g) && !modifier[g] && !coveredWithin(j, i, g)) penalty += P_JOIN
    }
    if (i < n && modifier[i - 1]) penalty += P_DANGLING
    return { score: -penalty, guess: { text, source: 'heuristic' } }
  }

  const best: number[] = new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY)
  const back: { from: number; guess: ThemeGuess }[] = new Array<{ from: number; guess: ThemeGuess }>(n + 1)
  best[0] = 0
  for (let i = 1; i <= n; i++) {
    if (i < n && !splittable(i - 1)) continue
    const boundaryCost = i < n ? breakCost(i) : 0
    for (let j = 0; j < i; j++) {
      const before = best[j] ?? Number.NEGATIVE_INFINITY
      if (before === Number.NEGATIVE_INFINITY) continue
      const { score, guess } = piece(j, i)
      const total = before + score - boundaryCost
      // Strictly greater: on a tie the earlier start, i.e. the longer piece, wins.
      if (total > (best[i] ?? Number.NEGATIVE_INFINITY)) {
        best[i] = total
        back[i] = { from: j, guess }
      }
    }
  }
  const result: ThemeGuess[] = []
  for (let i = n; i > 0;) {
    const step = back[i]
    if (!step) break
    result.unshift(step.guess)
    i = step.from
  }
  return result.filter((g) => g.text !== '')
}

function greedyHeuristic(words: string[]): ThemeGuess[] {
  const out: ThemeGuess[] = []
  let current: string[] = []
  words.forEach((w, i) => {
    const prev = words[i - 1]
    if (prev !== undefined && !isJoining(prev) && !isJoining(w) && !isModifier(prev)) {
      out.push({ text: cleanThemeText(current.join(' ')), source: 'heuristic' })
      current = []
    }
    current.push(w)
  })
  if (current.length > 0) out.push({ text: cleanThemeText(current.join(' ')), source: 'heuristic' })
  return out.filter((g) => g.text !== '')
}

function isJoining(word: string): boolean {
  const key = normaliseWord(word)
  if (key === '' || key === '&') return true
  if (ARTICLES.has(key)) return startsLowercase(word)
  if (THEME_CONNECTORS.has(key)) return true
  return startsLowercase(word)
}

function startsLowercase(word: string): boolean {
  for (const ch of word) {
    if (/\p{L}/u.test(ch)) return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
    if (/\p{N}/u.test(ch)) return false
  }
  return false
}

/** Lowercase with surrounding punctuation removed; keeps inner hyphens and apostrophes. */
function normaliseWord(word: string): string {
  return trimPunctuation(word.normalize('NFC').toLowerCase())
}

function matchKey(word: string): string {
  const w = normaliseWord(word)
  return w === '&' ? 'and' : w
}

function cleanThemeText(text: string): string {
  return text
    .replace(/[\s,;:]+$/u, '')
    .replace(/(?<!\bvs)\.+$/iu, '')
    .trim()
}
