// Currency symbols and ISO 4217 codes as they appear on the box office line.

/** Currency symbols (and symbol-like prefixes) to ISO 4217. "$" alone means US dollars. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₩': 'KRW',
  '¥': 'JPY',
  '￥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '฿': 'THB',
  '₱': 'PHP',
  '₫': 'VND',
  '₴': 'UAH',
  R$: 'BRL',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  MX$: 'MXN',
  NT$: 'TWD',
  zł: 'PLN',
}

/** ISO 4217 codes accepted when written out ("KRW 1,234,000", "1,000,000 EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD',
  'EUR',
  'GBP',
  'KRW',
  'JPY',
  'CNY',
  'INR',
  'RUB',
  'TRY',
  'ILS',
  'THB',
  'PHP',
  'VND',
  'UAH',
  'BRL',
  'AUD',
  'CAD',
  'HKD',
  'NZD',
  'MXN',
  'TWD',
  'PLN',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'ISK',
  'ZAR',
  'EGP',
  'SAR',
  'AED',
  'IRR',
  'IDR',
  'MYR',
  'SGD',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'NGN',
  'KES',
  'PKR',
  'BDT',
])

/** ISO 4217 code for a symbol or code as written, or null when it is not a currency we know. */
export function currencyFor(token: string): string | null {
  const t = token.trim()
  if (t === '') return null
  const bySymbol = CURRENCY_SYMBOLS[t]
  if (bySymbol) return bySymbol
  const upper = t.toUpperCase()
  if (CURRENCY_CODES.has(upper)) return upper
  return CURRENCY_SYMBOLS[upper] ?? null
}
