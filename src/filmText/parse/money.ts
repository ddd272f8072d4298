/** The "Box Office:" value: "$80,300,000", "£1.2 million", "KRW 1,234,000", "1,000,000 EUR". */
import { currencyFor } from '../vocabulary/currencies'
import { parseAmount } from './numbers'

export type MoneyResult =
  { ok: true; value: { amount: number; currency: string } | null } | { ok: false; message: string }

const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
])

// Input length is capped below, so the optional pieces cannot backtrack for long.
const MONEY =
  /^([^\d\s]{1,4}|\p{L}{2,3}\$)?\s?(\d[\d.,'’\u00A0\u202F ]*?)\s?(?:(thousand|million|billion|mln|mn|bn|k|m|b)(?![\p{L}])\.?)?\s?(\p{L}{3}|[^\d\s]{1,4})?$/iu

const NOT_KNOWN = new Set(['', '-', '–', '—', 'n/a', 'na', 'unknown', 'tbd', 'none', '?'])

const EXAMPLES = '"$80,300,000", "€12,000,000", "£1.2 million", "₩1,234,000,000", "KRW 1,234,000" or "1,000,000 EUR"'

export function parseBoxOffice(written: string): MoneyResult {
  // A trailing note such as "(worldwide)" is the editor's, not part of the figure.
  const value = written.trim().replace(/\s*\([^()]{0,60}\)$/u, '')
  if (NOT_KNOWN.has(value.toLowerCase())) return { ok: true, value: null }
  const cannot = (why: string): MoneyResult => ({
    ok: false,
    message: `Could not read the box office "${value}": ${why} Write it like ${EXAMPLES}, or remove the line if the figure is unknown.`,
  })
  if (value.length > 60) return cannot('it is too long.')
  const m = MONEY.exec(value)
  if (!m) return cannot('expected a currency and an amount.')
  const [, pre, num = '', scaleWord, post] = m
  const preCurrency = pre === undefined ? null : currencyFor(pre)
  const postCurrency = post === undefined ? null : currencyFor(post)
  if (pre !== undefined && preCurrency === null) return cannot(`"${pre}" is not a currency symbol or ISO code we know.`)
  if (post !== undefined && postCurrency === null)
    return cannot(`"${post}" is not a currency symbol or ISO code we know.`)
  if (preCurrency && postCurrency && preCurrency !== postCurrency)
    return cannot(`it names two currencies, ${preCurrency} and ${postCurrency}.`)
  const currency = preCurrency ?? postCurrency
  if (currency === null) return cannot('it has no currency.')
  const scale = scaleWord === undefined ? 1 : (SCALES.get(scaleWord.toLowerCase()) ?? 1)
  const amount = parseAmount(num.trim(), scaleWord !== undefined)
  if (amount === null) return cannot(`"${num.trim()}" is not a number.`)
  const whole = Math.round(amount * scale)
  if (!Number.isSafeInteger(whole)) return cannot('the amount is too large.')
  return { ok: true, value: { amount: whole, currency } }
}
