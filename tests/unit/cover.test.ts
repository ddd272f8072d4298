import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { drawCover, textLayer } from '../../src/cover/draw'
import { registerFonts, TEXT_FONT } from '../../src/cover/fonts'
import { COVER_SIZE, coverVersion } from '../../src/cover/identity'
import { coverPalette } from '../../src/cover/palette'
import { ROOT } from '../helpers/run'

const miracle = { title: 'Miracle in Cell No. 7', originalTitle: '7번방의 선물', year: '2013', palette: ['Drama'] }

describe('a generated cover', () => {
  it('is a PNG poster of the cover size, the same picture for the same film', async () => {
    const first = await drawCover(miracle)
    const { format, width, height } = await sharp(first).metadata()
    expect({ format, width, height }).toEqual({ format: 'png', ...COVER_SIZE })
    expect((await drawCover(miracle)).equals(first)).toBe(true)
    expect((await drawCover({ ...miracle, title: 'Miracle in Cell No. 8' })).equals(first)).toBe(false)
  }, 30_000)

  it('takes its colours from the genres, whatever their order or case', () => {
    expect(coverPalette(['Drama', 'Comedy'])).toEqual(coverPalette(['comedy', 'DRAMA']))
    expect(coverPalette(['Drama'])).not.toEqual(coverPalette(['Horror']))
    for (const colour of Object.values(coverPalette(['Drama']))) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('is drawn from markup-like titles as text', async () => {
    const cover = await drawCover({ title: '<b>Bold & "quoted"</b>', palette: [] })
    expect((await sharp(cover).metadata()).width).toBe(COVER_SIZE.width)
  }, 30_000)

  it('has a new name whenever the film is saved again', () => {
    expect(coverVersion('2026-01-01T00:00:00.000Z')).toMatch(/^[0-9a-f]{16}$/)
    expect(coverVersion('2026-01-01T00:00:00.000Z')).toBe(coverVersion('2026-01-01T00:00:00.000Z'))
    expect(coverVersion('2026-01-01T00:00:00.000Z')).not.toBe(coverVersion('2026-01-01T00:00:00.001Z'))
  })

  // This machine's own fonts (Debian's DejaVu) have no Hangul or kanji: without the fonts the
  // cover brings, Pango draws each such character as a box holding its code point.
  it.each([
    ['Korean', '7번방의 선물'],
    ['Japanese', '千と千尋の神隠し'],
  ])(
    'draws a %s original title with its glyphs, not missing-glyph boxes',
    async (_, text) => {
      const script = `
      const sharp = require('sharp')
      sharp({ text: { text: ${JSON.stringify(`<span foreground="#ffffff">${text}</span>`)}, font: '${TEXT_FONT} 40', width: 656, dpi: 72, rgba: true, wrap: 'word-char' } })
        .png().toBuffer().then((png) => process.stdout.write(png.toString('base64')))`
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: ROOT })
      const withoutFonts = Buffer.from(stdout, 'base64')
      await registerFonts()
      const drawn = await textLayer(text, TEXT_FONT, 40, '#ffffff')
      const raw = (png: Buffer) => sharp(png).raw().toBuffer()
      expect((await raw(drawn)).equals(await raw(withoutFonts))).toBe(false)
    },
    30_000,
  )
})
