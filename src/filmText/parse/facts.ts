/**
 * The facts line: `<date> <country, possibly several words> <N> min ⭐ <score> (<votes>)`.
 * Read as tokens from both ends (date from the left, rating and runtime from the
 * right) so the country in the middle can be any number of words.
 */
import { matchLeadingDate } from './dates'
import { FormatError, type Line } from './lines'
import { parseCount } from './numbers'

export interface Facts {
  releaseDate: string | null
  country: string | null
  runtimeMinutes: number | null
  rating: { score: number; votes: number } | null
}

export const FACTS_EXAMPLE = '23 January 2013 South Korea 127 min ⭐ 7.9 (470)'
const FACTS_SHAPE = `<release date> <country> <runtime> min ⭐ <score> (<votes>), e.g. "${FACTS_EXAMPLE}"`

const STARS = /[⭐★☆✩✪✫✬✭✮✯✰🌟✨*]/u
// Narrower than STARS: an asterisk in an original title must not make it the facts line.
const FACTS_STARS = /[⭐★☆✩✪✫✬✭✮✯✰🌟]/u
const RUNTIME_TOKEN = /(?:^|\s)(?:\d{1,3}\s?(?:min|mins|minutes)\.?|\d{1,2}\s?h(?:\s?\d{1,2}\s?m(?:in)?)?)(?=\s|$)/iu

/**
 * Whether a header line is meant to be the facts line. Free text (the logline, a
 * tagline) may mention minutes or stars, so for those only a leading date counts.
 */
export function looksLikeFacts(text: string, onlyWithDate: boolean): boolean {
  if (matchLeadingDate(text) !== null) return true
  if (onlyWithDate) return false
  return RUNTIME_TOKEN.test(text) || FACTS_STARS.test(text)
}

export function parseFacts(line: Line, warnings: string[]): Facts {
  const fail = (what: string): never => {
    throw new FormatError(line.n, `${what} The facts line must read ${FACTS_SHAPE}.`)
  }
  const date = matchLeadingDate(line.text)
  if (date === null) fail(`The facts line does not start with a release date.`)
  if (date && !date.ok) throw new FormatError(line.n, date.message)
  const rest = date && date.ok ? line.text.slice(date.length).trim() : ''
  const tokens = rest === '' ? [] : rest.split(' ')

  const rating = takeRating(tokens, fail)
  const runtimeMinutes = takeRuntime(tokens, fail)
  // Whatever sits between the date and the runtime is the country, as written.
  const country = tokens.join(' ').trim()
  if (/\d/u.test(country)) {
    const last = tokens[tokens.length - 1] ?? ''
    if (runtimeMinutes === null && /^\d+$/u.test(last))
      fail(`"${last}" has no unit; write the runtime as "${last} min" or like "2h 7m".`)
    fail(`"${country}" is not a country.`)
  }
  if (country === '') warnings.push(`line ${line.n}: the facts line names no country`)
  if (runtimeMinutes === null) warnings.push(`line ${line.n}: the facts line has no runtime (like "127 min")`)
  if (rating === null) warnings.push(`line ${line.n}: the facts line has no rating (like "⭐ 7.9 (470)")`)
  return { releaseDate: date && date.ok ? date.iso : null, country: country || null, runtimeMinutes, rating }
}

/** Removes "⭐ 7.9 (2,173)" from the end of `tokens`. */
function takeRating(tokens: string[], fail: (what: string) => never): Facts['rating'] {
  const last = tokens[tokens.length - 1] ?? ''
  if (!last.endsWith(')')) {
    if (STARS.test(last) || (tokens.length >= 2 && isScore(last) && STARS.test(tokens[tokens.length - 2] ?? ''))) {
      fail(`The rating "${tokens.slice(-2).join(' ')}" has no vote count in parentheses.`)
    }
    return null
  }
  // Votes may contain spaces ("1 234"), so the parenthesis can open a few tokens back.
  let open = -1
  for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 4); i--) {
    if ((tokens[i] ?? '').includes('(')) {
      open = i
      break
    }
  }
  if (open < 0) fail(`The vote count "${last}" has no opening parenthesis.`)
  const group = tokens.splice(open).join(' ')
  const beforeParen = group.slice(0, group.indexOf('('))
  const votesText = group.slice(group.indexOf('(') + 1, -1).replace(/\s*votes?$/iu, '')
  const votes = parseCount(votesText)
  if (votes === null) fail(`The vote count "(${votesText})" is not a number; write it like "(470)" or "(2,173)".`)
  if (beforeParen !== '') tokens.push(beforeParen)
  const scoreToken = (tokens.pop() ?? '').replace(/^[^\p{N}]+/u, '').replace(/\/10$/u, '')
  if (!isScore(scoreToken)) fail(`Expected a score like "⭐ 7.9" before the vote count, found "${scoreToken}".`)
  const score = Number(scoreToken.replace(',', '.'))
  if (score > 10) fail(`The score ${score} is above 10.`)
  // Any star-like symbol (or none) may precede the score.
  while (tokens.length > 0 && !/[\p{L}\p{N}]/u.test(tokens[tokens.length - 1] ?? '')) tokens.pop()
  return { score, votes: votes ?? 0 }
}

function isScore(token: string): boolean {
  return /^\d{1,2}(?:[.,]\d{1,2})?$/u.test(token)
}

/** Removes "127 min", "127min", "2h 7m", "2h7m" or "2h" from the end of `tokens`. */
function takeRuntime(tokens: string[], fail: (what: string) => never): number | null {
  const n = tokens.length
  const last = (tokens[n - 1] ?? '').toLowerCase()
  const prev = (tokens[n - 2] ?? '').toLowerCase()
  let minutes: number | null = null
  let used = 0
  const unitMinutes = /^(?:min|mins|minutes|m)\.?$/u
  let m: RegExpExecArray | null
  if (unitMinutes.test(last) && /^\d{1,4}$/u.test(prev)) {
    minutes = Number(prev)
    used = 2
  } else if ((m = /^(\d{1,4})(?:min|mins|minutes|m)\.?$/u.exec(last))) {
    const hours = /^(\d{1,2})h$/u.exec(prev)
    minutes = Number(m[1]) + (hours ? Number(hours[1]) * 60 : 0)
    used = hours ? 2 : 1
  } else if ((m = /^(\d{1,2})h(?:(\d{1,2})m(?:in)?)?$/u.exec(last))) {
    minutes = Number(m[1]) * 60 + Number(m[2] ?? 0)
    used = 1
  }
  if (minutes === null) return null
  if (minutes <= 0 || minutes > 1500) fail(`The runtime ${minutes} min is not plausible.`)
  tokens.splice(n - used, used)
  return minutes
}
