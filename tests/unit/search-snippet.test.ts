import { describe, expect, it } from 'vitest'

import { highlight, snippetOf, type Segment } from '../../src/lib/search/snippet'

const marked = (segments: Segment[] | null) => (segments ?? []).filter((s) => s.match).map((s) => s.text)
const plain = (segments: Segment[] | null) => (segments ?? []).map((s) => s.text).join('')

describe('highlighting', () => {
  it('marks every form of the query words as written: accents, case, stems, the prefix being typed', () => {
    expect(marked(highlight('Amélie and AMELIE', 'amelie'))).toEqual(['Amélie', 'AMELIE'])
    expect(marked(highlight('A story of sacrifice.', 'sacrifices'))).toEqual(['sacrifice'])
    expect(marked(highlight('The Sailor Moon backpack', 'sailor mo'))).toEqual(['Sailor', 'Moon'])
  })

  it('marks a one-letter word only where it stands alone', () => {
    expect(marked(highlight('I think it is Sam', 'i am sam'))).toEqual(['I', 'Sam'])
  })

  it('marks a CJK query inside the unspaced text', () => {
    expect(highlight('千と千尋の神隠し', '神隠し')).toEqual([
      { text: '千と千尋の', match: false },
      { text: '神隠し', match: true },
    ])
  })

  it('keeps all of the text, in order', () => {
    const text = 'Brooks’s <b>bird</b> & the crow'
    expect(plain(highlight(text, 'bird crow'))).toBe(text)
  })
})

describe('the passage shown under a result', () => {
  it('comes from the one field that holds the most query words, never two fields run together', () => {
    const text = 'A tagline about hope.\n\nThe prison of hope and fear, hope again.\n\nUnited States'
    const snippet = snippetOf(text, 'hope fear')
    expect(plain(snippet)).toBe('The prison of hope and fear, hope again.')
    expect(marked(snippet)).toEqual(['hope', 'fear', 'hope'])
  })

  it('is a window around the first match in a long field, cut at words, with ellipses', () => {
    const long = `${'word '.repeat(60)}needle ${'word '.repeat(60)}`
    const text = plain(snippetOf(long, 'needle'))
    expect(text.startsWith('…')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(text).toContain('needle')
    expect(text.length).toBeLessThan(320)
    expect(text).not.toMatch(/…\S*wor(?!d)/)
  })

  it('is null when no field holds a word of the query', () => {
    expect(snippetOf('Nothing here.\n\nNor here.', 'backpack')).toBeNull()
  })
})
