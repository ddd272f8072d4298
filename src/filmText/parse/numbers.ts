/**
 * Numbers as editors type them: thousands separators in several national styles
 * ("2,173", "1.234.567", "1 234", "1'234") and decimal points or commas.
 */

const GROUP_SEPARATORS = "[,.'’\u00A0\u202F ]"
// One separator used consistently between groups of three: linear, no backtracking traps.
const GROUPED = new RegExp(`^\\d{1,3}(${GROUP_SEPARATORS})\\d{3}(?:\\1\\d{3})*$`, 'u')
const SCALED = /^(\d{1,6}(?:[.,]\d{1,3})?)\s?([kKmM])$/u

/** Whole count such as a vote count: "470", "2,173", "1.234.567", "1 234", "2.1K". Null if not one. */
export function parseCount(written: string): number | null {
  const s = written.trim()
  if (/^\d{1,15}$/u.test(s)) return Number(s)
  if (s.length <= 40 && GROUPED.test(s)) return Number(s.replace(/\D/gu, ''))
  const scaled = SCALED.exec(s)
  if (scaled) {
    const value = Number((scaled[1] ?? '').replace(',', '.'))
    const factor = (scaled[2] ?? '').toLowerCase() === 'k' ? 1_000 : 1_000_000
    return Math.round(value * factor)
  }
  return null
}

/**
 * A possibly fractional amount. With a scale word following ("1.2 million") a single
 * separator is a decimal mark; without one, a single separator followed by exactly
 * three digits is a thousands separator ("80,300" is eighty thousand).
 */
export function parseAmount(written: string, scaled: boolean): number | null {
  const s = written.replace(/['’\u00A0\u202F ]/gu, '')
  if (!/^\d[\d.,]*$/u.test(s) || s.length > 30) return null
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  let normalised: string
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ','
    const thousands = decimal === '.' ? ',' : '.'
    const [whole = '', fraction = ''] = splitOnce(s, s.lastIndexOf(decimal))
    if (!validGroups(whole, thousands) || fraction.includes(thousands)) return null
    normalised = `${whole.split(thousands).join('')}.${fraction}`
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ','
    const parts = s.split(sep)
    const afterLast = parts[parts.length - 1] ?? ''
    if (parts.length > 2 || (!scaled && afterLast.length === 3)) {
      if (!validGroups(s, sep)) return null
      normalised = parts.join('')
    } else {
      normalised = parts.join('.')
    }
  } else {
    normalised = s
  }
  const value = Number(normalised)
  return Number.isFinite(value) ? value : null
}

function splitOnce(s: string, at: number): [string, string] {
  return [s.slice(0, at), s.slice(at + 1)]
}

function validGroups(s: string, sep: string): boolean {
  const groups = s.split(sep)
  const [first = '', ...rest] = groups
  return /^\d{1,3}$/u.test(first) && rest.every((g) => /^\d{3}$/u.test(g))
}
