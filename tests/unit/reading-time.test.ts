import { describe, expect, it } from 'vitest'

import { editorState, textNode } from '../helpers/lexicalNodes'
import { countWords, readingMinutes } from '../../src/lib/readingTime'

describe('reading time', () => {
  it('counts the words of rich text and plain strings, and nothing of empty fields', () => {
    expect(countWords(['A father’s love, in Cell No. 7.', null, undefined, editorState(textNode('Two words'))])).toBe(9)
  })

  it('rounds to whole minutes at 230 words a minute, with at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0)
    expect(readingMinutes(12)).toBe(1)
    expect(readingMinutes(230 * 6)).toBe(6)
    expect(readingMinutes(230 * 6 + 200)).toBe(7)
  })
})
