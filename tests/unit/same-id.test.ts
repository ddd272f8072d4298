import { describe, expect, it } from 'vitest'

import { sameId } from '../../src/import/upsert'

describe('sameId', () => {
  it('matches an id across adapters: a number and its string are the same id', () => {
    expect(sameId(7, 7)).toBe(true)
    expect(sameId(7, '7')).toBe(true)
    expect(sameId('66a1f0c2e4b0a1b2c3d4e5f6', '66a1f0c2e4b0a1b2c3d4e5f6')).toBe(true)
    expect(sameId(7, 8)).toBe(false)
  })

  it('never matches what is not an id (a populated document, nothing at all)', () => {
    // Two different documents both read "[object Object]" as text.
    expect(sameId({ id: 1 }, { id: 2 })).toBe(false)
    expect(sameId(null, null)).toBe(false)
    expect(sameId(undefined, 'undefined')).toBe(false)
  })
})
