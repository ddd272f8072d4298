/**
 * Release dates at the start of the facts line, parsed by hand (no date library):
 * "23 January 2013", "January 23, 2013", "Jan 23 2013", "2013-01-23".
 */

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap(([full = '', short = ''], i): [string, number][] => [
    [full, i + 1],
    [short, i + 1],
  ]),
)
// "Sept" is common enough in hand-typed dates to accept.
const MONTH_ALIASES: ReadonlyMap<string, number> = new Map([['sept', 9]])

export type DateMatch = { ok: true; iso: string; length: number } | { ok: false; message: string }

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=\s|$)/u
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?=\s|$)/u
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?=\s|$)/u

/**
 * Reads a date at the very start of `text`. Returns null when the text does not even
 * try to start with a date; an error when it clearly does but the date is wrong
 * (unknown month, 31 February, ...), so the editor is told exactly that.
 */
export function matchLeadingDate(text: string): DateMatch | null {
  const iso = ISO.exec(text)
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[0])
  const dmy = DAY_MONTH_YEAR.exec(text)
  if (dmy) {
    const month = monthNumber(dmy[2] ?? '')
    if (month === null) {
      return {
        ok: false,
        message: `"${dmy[2] ?? ''}" in "${dmy[0]}" is not a month name. Write the release date like "23 January 2013", "January 23, 2013" or "2013-01-23".`,
      }
    }
    return build(Number(dmy[3]), month, Number(dmy[1]), dmy[0])
  }
  const mdy = MONTH_DAY_YEAR.exec(text)
  if (mdy) {
    const month = monthNumber(mdy[1] ?? '')
    // A leading word that is not a month means this is not a date at all.
    if (month === null) return null
    return build(Number(mdy[3]), month, Number(mdy[2]), mdy[0])
  }
  return null
}

function monthNumber(word: string): number | null {
  const key = word.toLowerCase()
  return MONTHS.get(key) ?? MONTH_ALIASES.get(key) ?? null
}

function build(year: number, month: number, day: number, written: string): DateMatch {
  if (year < 1850 || year > 2200) {
    return {
      ok: false,
      message: `The year in the release date "${written}" (${year}) is not plausible. Check the release date.`,
    }
  }
  if (month < 1 || month > 12) {
    return {
      ok: false,
      message: `The release date "${written}" has month ${month}; months run from 1 to 12. Check the release date.`,
    }
  }
  const days = daysInMonth(year, month)
  if (day < 1 || day > days) {
    return {
      ok: false,
      message: `The release date "${written}" does not exist (that month has ${days} days). Correct the release date.`,
    }
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { ok: true, iso, length: written.length }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
