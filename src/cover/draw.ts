import sharp, { type OverlayOptions } from 'sharp'

import { registerFonts, TEXT_FONT, TITLE_FONT } from './fonts'
import { COVER_SIZE } from './identity'
import { coverPalette, type Palette } from './palette'

/** What a generated cover shows: nothing here knows where it comes from. */
export type CoverInput = {
  title: string
  originalTitle?: string | null
  year?: string | null
  /** Genre (or theme) names: they choose the palette. */
  palette: readonly string[]
}

const MARGIN = 72
const TEXT_WIDTH = COVER_SIZE.width - 2 * MARGIN

/** Pango markup is XML: the film's text goes in as text, never as markup. */
const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Longer titles get smaller type, so most fit in three or four lines. */
const titleSize = (title: string): number => {
  const length = [...title].length
  return length <= 12 ? 104 : length <= 24 ? 88 : length <= 48 ? 68 : 52
}

/** One block of text as a transparent PNG, TEXT_WIDTH wide at most, wrapped between words. */
export async function textLayer(text: string, font: string, size: number, color: string): Promise<Buffer> {
  return sharp({
    text: {
      text: `<span foreground="${color}">${escapeMarkup(text)}</span>`,
      font: `${font} ${size}`,
      width: TEXT_WIDTH,
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
    },
  })
    .png()
    .toBuffer()
}

const heightOf = async (layer: Buffer): Promise<number> => (await sharp(layer).metadata()).height ?? 0

/** The paper: a vertical wash, a frame, a bar of accent above the title and a circle behind it. */
function background({ paper, accent, muted }: Palette): Buffer {
  const { width, height } = COVER_SIZE
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="wash" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="${paper}" stop-opacity="0.82"/><stop offset="1" stop-color="${paper}"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="#000"/>
      <rect width="100%" height="100%" fill="url(#wash)"/>
      <circle cx="${width * 0.78}" cy="${height * 0.3}" r="${width * 0.42}" fill="${accent}" fill-opacity="0.16"/>
      <rect x="28" y="28" width="${width - 56}" height="${height - 56}" fill="none" stroke="${muted}" stroke-opacity="0.35" stroke-width="2"/>
      <rect x="${MARGIN}" y="${MARGIN}" width="96" height="8" fill="${accent}"/>
    </svg>`,
  )
}

/**
 * A typographic poster for a film that has no uploaded one: its title large, the original title
 * and year beneath, on colours chosen by its genres. PNG, COVER_SIZE; the same input always gives
 * the same picture. Korean, Japanese and Chinese titles are drawn with Noto Sans (./fonts.ts).
 */
export async function drawCover({ title, originalTitle, year, palette: names }: CoverInput): Promise<Buffer> {
  await registerFonts()
  const palette = coverPalette(names)
  const title_ = await textLayer(title, TITLE_FONT, titleSize(title), palette.ink)
  const original =
    originalTitle && originalTitle !== title ? await textLayer(originalTitle, TEXT_FONT, 40, palette.muted) : null
  const yearLayer = year ? await textLayer(year, TITLE_FONT, 36, palette.accent) : null
  const label = await textLayer('SUBTEXT · FILM ANALYSIS', TEXT_FONT, 22, palette.muted)

  // The title block sits on the lower part of the poster, bottom-aligned above the label.
  const labelTop = COVER_SIZE.height - MARGIN - (await heightOf(label))
  const gap = 28
  const blocks = [title_, original, yearLayer].filter((layer): layer is Buffer => layer !== null)
  const heights = await Promise.all(blocks.map(heightOf))
  const blockHeight = heights.reduce((sum, h) => sum + h, 0) + gap * (blocks.length - 1)
  let top = Math.max(MARGIN + 48, labelTop - 96 - blockHeight)
  const layers: OverlayOptions[] = []
  for (const [index, input] of blocks.entries()) {
    layers.push({ input, top, left: MARGIN })
    top += heights[index]! + gap
  }
  layers.push({ input: label, top: labelTop, left: MARGIN })
  return sharp(background(palette)).composite(layers).png({ compressionLevel: 9 }).toBuffer()
}
