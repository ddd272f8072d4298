import type { ParsedQuery } from './text'

// The tiers every engine ranks in, and the query forms the SQL engines express them with, built from terms that hold only letters and digits
// (./text.ts), so they can never carry the engines' operators.

/**
 * The first tier that matched in the text rather than the title. Among title matches the shorter
 * title is closer to the query ("The Shawshank Redemption" before "The core meaning of The
 * Shawshank Redemption"), so it comes before the engine's score.
 */
export const TEXT_TIER = 3

/**
 * How many of the engine's best matches are put in tiers: the results a visitor can page to
 * (20 a page, 50 pages). Past a few thousand matches, tiering them all cost more than the search.
 * It is also how far the engines count the matches: a larger count is shown as "more than" it.
 */
export const CANDIDATES = 1000

export type Tiers = { titlePhrase: string; titleAll: string; phrase: string; all: string }

/** The folded title a result must have to be exactly what was asked for ("Hope" the theme for `hope`). */
export const exactTitle = ({ terms }: ParsedQuery): string => terms.join(' ')

/** SQLite FTS5 match expressions for each tier. */
export function fts5Tiers({ terms, prefixLast }: ParsedQuery): Tiers {
  const star = prefixLast ? '*' : ''
  const phrase = `"${terms.join(' ')}"${star}`
  const all = terms.map((t, i) => `"${t}"${i === terms.length - 1 ? star : ''}`).join(' AND ')
  return { titlePhrase: `title : ${phrase}`, titleAll: `title : (${all})`, phrase, all }
}

/** PostgreSQL `to_tsquery` texts for each tier; weight A is the title. */
export function tsqueryTiers({ terms, prefixLast }: ParsedQuery): Tiers {
  const term = (t: string, i: number, weight: string) => {
    const flags = `${prefixLast && i === terms.length - 1 ? '*' : ''}${weight}`
    return flags ? `'${t}':${flags}` : `'${t}'`
  }
  const join = (weight: string, op: string) => terms.map((t, i) => term(t, i, weight)).join(op)
  return {
    titlePhrase: join('A', ' <-> '),
    titleAll: join('A', ' & '),
    phrase: join('', ' <-> '),
    all: join('', ' & '),
  }
}
