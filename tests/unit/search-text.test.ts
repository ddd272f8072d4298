import { describe, expect, it } from 'vitest'

import { fold, indexText, parseQuery, words } from '../../src/lib/search/text'
import { exactTitle, fts5Tiers, tsqueryTiers } from '../../src/lib/search/tiers'

describe('the words every engine indexes', () => {
  it('folds case and the accents of Latin letters, and letters that do not decompose', () => {
    expect(fold('Amélie Poulain')).toBe('amelie poulain')
    expect(words('La vita è bella — Straße, Œuvre, Łódź, Ærø')).toEqual([
      'la',
      'vita',
      'e',
      'bella',
      'strasse',
      'oeuvre',
      'lodz',
      'aero',
    ])
  })

  it('keeps kana voicing marks and Hangul syllables whole', () => {
    expect(fold('がぎ')).toBe('がぎ')
    expect(fold('선물')).toBe('선물')
  })

  it('cuts CJK runs into overlapping pairs, whatever stands around them', () => {
    expect(words('千と千尋の神隠し')).toEqual(['千と', 'と千', '千尋', '尋の', 'の神', '神隠', '隠し'])
    expect(words('7번방의 선물')).toEqual(['7', '번방', '방의', '선물'])
    expect(indexText('Spirited Away (千尋)')).toBe('spirited away 千尋')
  })
})

describe('a query as terms', () => {
  it('has no terms without a letter or digit', () => {
    for (const q of ['', '  ', '!!', '"*()', '—']) expect(parseQuery(q)).toBeNull()
  })

  it('matches the last word as a prefix, except a whole CJK pair', () => {
    expect(parseQuery('sailor mo')).toEqual({ terms: ['sailor', 'mo'], prefixLast: true })
    expect(parseQuery('神隠し')).toEqual({ terms: ['神隠', '隠し'], prefixLast: false })
    expect(parseQuery('神')).toEqual({ terms: ['神'], prefixLast: true })
  })

  it('strips every operator of the engines, leaving only words', () => {
    const parsed = parseQuery(`title: "sailor" OR moon* & !hope | NEAR(a b) -x 'y' <-> z:A`)!
    for (const term of parsed.terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u)
    const tiers = [fts5Tiers(parsed), tsqueryTiers(parsed)]
    expect(tiers.flatMap(Object.values).join(' ')).not.toMatch(/NEAR\(|!|\||-x/)
  })
})

describe('the tiers as the SQL engines read them', () => {
  const query = parseQuery('sailor moo')!

  it('FTS5: phrase and all words, in the title or anywhere, the last word a prefix', () => {
    expect(fts5Tiers(query)).toEqual({
      titlePhrase: 'title : "sailor moo"*',
      titleAll: 'title : ("sailor" AND "moo"*)',
      phrase: '"sailor moo"*',
      all: '"sailor" AND "moo"*',
    })
  })

  it('tsquery: weight A for the title, <-> for the phrase', () => {
    expect(tsqueryTiers(query)).toEqual({
      titlePhrase: "'sailor':A <-> 'moo':*A",
      titleAll: "'sailor':A & 'moo':*A",
      phrase: "'sailor' <-> 'moo':*",
      all: "'sailor' & 'moo':*",
    })
  })

  it('an exact title is the folded words of the query', () => {
    expect(exactTitle(parseQuery('AMÉLIE')!)).toBe('amelie')
  })
})
