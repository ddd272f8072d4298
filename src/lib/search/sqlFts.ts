import type { ParsedQuery } from './text'

// The query forms both SQL engines rank with, built from terms that hold only letters and digits
// (./text.ts), so they can never carry the engines' operators.

export type Tiers = { titlePhrase: string; titleAll: string; phrase: string; all: string }

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
  return { titlePhrase: join('A', ' <-> '), titleAll: join('A', ' & '), phrase: join('', ' <-> '), all: join('', ' & ') }
}
