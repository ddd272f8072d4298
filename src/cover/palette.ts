import { createHash } from 'node:crypto'

/** The colours of one generated cover, as CSS hex colours. */
export type Palette = { paper: string; ink: string; accent: string; muted: string }

const hex = (h: number, s: number, l: number): string => {
  // HSL to RGB (CSS Color 4's formula), so a hue and two fixed levels give a readable pair.
  const a = s * Math.min(l, 1 - l)
  const channel = (n: number) => {
    const k = (n + h / 30) % 12
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

/**
 * A palette chosen by the film's genres (or themes): the same names always give the same colours,
 * in any order and any case, so films of one genre mix look alike and a list of covers varies.
 * The paper is dark and the ink near white at every hue, so the title always reads (contrast
 * above 10:1); the accent is a lighter, shifted hue for the rules and the year.
 */
export function coverPalette(names: readonly string[]): Palette {
  const key = [...new Set(names.map((name) => name.trim().toLowerCase()))].sort().join('\u0000')
  const digest = createHash('sha256').update(key).digest()
  const hue = digest.readUInt16BE(0) % 360
  const shift = 20 + (digest[2]! % 40)
  return {
    paper: hex(hue, 0.42, 0.17),
    ink: hex(hue, 0.3, 0.96),
    accent: hex((hue + shift) % 360, 0.75, 0.66),
    muted: hex(hue, 0.2, 0.74),
  }
}
