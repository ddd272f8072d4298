// Display formats for film facts. Intl does the locale work; dates are calendar days stored at
// noon UTC, so they are formatted in UTC to show the same day everywhere.

const LOCALE = 'en-GB'

export const formatDay = (iso: string | null | undefined): string | null =>
  iso
    ? new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(iso),
      )
    : null

export const yearOf = (iso: string | null | undefined): string | null =>
  iso ? String(new Date(iso).getUTCFullYear()) : null

export const formatRuntime = (minutes: number | null | undefined): string | null => {
  if (!minutes) return null
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h ? `${h} h ${m} min` : `${m} min`
}

export const formatCount = (n: number): string => new Intl.NumberFormat(LOCALE).format(n)

export const formatMoney = (amount: number | null | undefined, currency: string | null | undefined): string | null => {
  if (amount === null || amount === undefined || !currency) return null
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)
  } catch {
    return `${formatCount(amount)} ${currency}` // an unknown code still shows the figure
  }
}

/** "7.9 / 10 (470 votes)": the score out of ten, with how many votes it rests on when known. */
export const formatRating = (
  rating: { score?: number | null; votes?: number | null } | null | undefined,
): string | null => {
  if (typeof rating?.score !== 'number') return null
  const votes = typeof rating.votes === 'number' ? ` (${formatCount(rating.votes)} votes)` : ''
  return `${rating.score.toFixed(1)} / 10${votes}`
}

export const formatDecade = (decade: number): string => `${decade}s`
