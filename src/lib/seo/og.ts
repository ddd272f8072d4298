import { truncate } from './text'

export const OG_SIZE = { width: 1200, height: 630 } as const
export const OG_LIMITS = { title: 110, kicker: 40 } as const
export const OG_DEFAULT_TITLE = 'Close readings of films: symbols, questions, meaning'

// Exactly what next/og's bundled font (Geist Regular) has glyphs for. Any other character makes
// next/og download a font or emoji from the network while rendering, so it is left out instead.
const UNRENDERABLE =
  /[^\u0020-\u007E\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u0400-\u045F\u1EA0-\u1EF9\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u20AC]/gu

/** Text the image can draw, shortened to `max`; empty when nothing readable (no letter) is left. */
export function ogText(value: string | null | undefined, max: number): string {
  const text = (value ?? '').normalize('NFC').replace(UNRENDERABLE, ' ').replace(/\s+/g, ' ').trim()
  return /\p{L}/u.test(text) ? truncate(text, max) : ''
}

/** The site-relative URL of the generated image for a page titled `title`. */
export function ogImagePath(title: string, kicker?: string | null): string {
  const query = new URLSearchParams({ title: truncate(title, OG_LIMITS.title) })
  if (kicker) query.set('kicker', truncate(kicker, OG_LIMITS.kicker))
  return `/og?${query}`
}
