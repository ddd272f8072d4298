import { describe, expect, it } from 'vitest'

import { isPosterFile, postersFor, unpairedImages } from '../../src/components/admin/import/posterFiles'
import { joinWithNext, splitTheme } from '../../src/components/admin/import/themeSplit'
import { applyThemeSplit } from '../../src/import/admin/adjust'
import { decodeTextFile } from '../../src/import/admin/decode'
import { themeChoices } from '../../src/import/admin/guesses'
import { MAX_FILE_BYTES } from '../../src/import/admin/limits'
import type { ParsedFilm } from '../../src/filmText'

const film = { themes: ['Duty', 'Winter', 'Light', 'Hope'] } as ParsedFilm

describe('applyThemeSplit', () => {
  it('accepts any regrouping of the themes line, in order', () => {
    expect(applyThemeSplit(film, ['Duty', 'Winter Light', 'Hope'])).toEqual({
      ok: true,
      film: { themes: ['Duty', 'Winter Light', 'Hope'] },
    })
    expect(applyThemeSplit(film, [' Duty  Winter ', 'Light Hope'])).toMatchObject({
      ok: true,
      film: { themes: ['Duty Winter', 'Light Hope'] },
    })
    expect(applyThemeSplit(film, undefined)).toEqual({ ok: true, film })
  })

  it('refuses changed, reordered, missing, duplicated or empty themes', () => {
    for (const themes of [
      ['Duty', 'Summer Light', 'Hope'],
      ['Hope', 'Duty', 'Winter Light'],
      ['Duty', 'Winter Light'],
      ['Duty', 'Duty', 'Winter', 'Light', 'Hope'],
      ['Duty', '', 'Winter Light Hope'],
      'Duty',
      [1, 2],
    ]) {
      expect(applyThemeSplit(film, themes), JSON.stringify(themes)).toMatchObject({ ok: false })
    }
  })
})

describe('decodeTextFile', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)

  it('reads UTF-8 text, accents and all', () => {
    expect(decodeTextFile(bytes('La vita è bella\n'))).toEqual({ ok: true, text: 'La vita è bella\n' })
  })

  it('refuses empty, binary, non-UTF-8 and oversized files with a reason', () => {
    expect(decodeTextFile(new Uint8Array())).toMatchObject({ ok: false, message: 'is empty' })
    expect(decodeTextFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('binary'),
    })
    expect(decodeTextFile(new Uint8Array([0x76, 0x69, 0x74, 0xe0]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('UTF-8'),
    })
    expect(decodeTextFile(bytes('x'.repeat(MAX_FILE_BYTES + 1)))).toMatchObject({
      ok: false,
      message: expect.stringContaining('larger than'),
    })
  })
})

describe('themeChoices', () => {
  it('explains each piece by its source and offers splits before capitalised words and a join with the next piece', () => {
    const [first, last] = themeChoices([
      { text: 'Unconditional Paternal Love', source: 'heuristic' },
      { text: 'Found Family and Solidarity', source: 'known' },
    ])
    expect(first?.explanation).toContain('is a guess')
    expect(first?.alternatives).toEqual([
      ['Unconditional', 'Paternal Love'],
      ['Unconditional Paternal', 'Love'],
      ['Unconditional Paternal Love Found Family and Solidarity'],
    ])
    // "and Solidarity" follows a connector: no theme can start there.
    expect(last?.alternatives).toEqual([['Found', 'Family and Solidarity']])
    expect(last?.explanation).toContain('already on the site')
  })
})

describe('the admin view’s split and join', () => {
  it('splits a theme before a word and joins two themes', () => {
    expect(splitTheme(['Duty', 'Winter Light'], 1, 1)).toEqual(['Duty', 'Winter', 'Light'])
    expect(joinWithNext(['Duty', 'Winter', 'Light'], 1)).toEqual(['Duty', 'Winter Light'])
    expect(splitTheme(['Duty'], 0, 1)).toEqual(['Duty'])
    expect(joinWithNext(['Duty'], 0)).toEqual(['Duty'])
  })
})

describe('posters chosen with analysis files', () => {
  const file = (name: string) => new File(['x'], name)
  it('go with the text file of the same name, whatever image type they are', () => {
    const texts = [file('a.txt'), file('b.txt'), file('c.txt')]
    const images = [file('b.webp'), file('a.JPG'), file('d.png')]
    expect(postersFor(texts, images).map((poster) => poster?.name ?? null)).toEqual(['a.JPG', 'b.webp', null])
    expect(unpairedImages(texts, images).map((image) => image.name)).toEqual(['d.png'])
    expect([file('a.txt'), file('a.gif'), file('a.png')].map(isPosterFile)).toEqual([false, false, true])
  })
})
