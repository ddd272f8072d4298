// A film's original language, from the script of its original title and its country.

type Script = 'Hangul' | 'Kana' | 'Han' | 'Cyrillic' | 'Arabic' | 'Hebrew' | 'Greek' | 'Thai' | 'Devanagari'

const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
]

const SCRIPT_DEFAULT_LANGUAGE: Readonly<Record<Script, string>> = {
  Hangul: 'ko',
  Kana: 'ja',
  Han: 'zh',
  Cyrillic: 'ru',
  Arabic: 'ar',
  Hebrew: 'he',
  Greek: 'el',
  Thai: 'th',
  Devanagari: 'hi',
}

// Lets the country pick among languages sharing a script (a Han-only title from Japan is Japanese).
const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly Script[]>> = {
  ko: ['Hangul', 'Han'],
  ja: ['Kana', 'Han'],
  zh: ['Han'],
  ru: ['Cyrillic'],
  uk: ['Cyrillic'],
  bg: ['Cyrillic'],
  sr: ['Cyrillic'],
  ar: ['Arabic'],
  fa: ['Arabic'],
  ur: ['Arabic'],
  he: ['Hebrew'],
  el: ['Greek'],
  th: ['Thai'],
  hi: ['Devanagari'],
}

/** Country as written on the facts line (lowercased) to ISO 639-1. */
export const COUNTRY_LANGUAGES: Readonly<Record<string, string>> = {
  'united states of america': 'en',
  'united states': 'en',
  usa: 'en',
  us: 'en',
  'united kingdom': 'en',
  uk: 'en',
  'great britain': 'en',
  england: 'en',
  ireland: 'en',
  australia: 'en',
  'new zealand': 'en',
  italy: 'it',
  france: 'fr',
  germany: 'de',
  'west germany': 'de',
  'east germany': 'de',
  austria: 'de',
  spain: 'es',
  mexico: 'es',
  argentina: 'es',
  chile: 'es',
  colombia: 'es',
  cuba: 'es',
  portugal: 'pt',
  brazil: 'pt',
  netherlands: 'nl',
  sweden: 'sv',
  norway: 'no',
  denmark: 'da',
  finland: 'fi',
  iceland: 'is',
  poland: 'pl',
  'czech republic': 'cs',
  czechia: 'cs',
  czechoslovakia: 'cs',
  hungary: 'hu',
  romania: 'ro',
  bulgaria: 'bg',
  serbia: 'sr',
  croatia: 'hr',
  greece: 'el',
  turkey: 'tr',
  russia: 'ru',
  'soviet union': 'ru',
  ukraine: 'uk',
  japan: 'ja',
  'south korea': 'ko',
  korea: 'ko',
  'north korea': 'ko',
  china: 'zh',
  taiwan: 'zh',
  'hong kong': 'zh',
  india: 'hi',
  iran: 'fa',
  israel: 'he',
  egypt: 'ar',
  'saudi arabia': 'ar',
  lebanon: 'ar',
  thailand: 'th',
  indonesia: 'id',
  vietnam: 'vi',
}

/**
 * ISO 639-1 code of a film's original language, read from the script of its original
 * title; for Latin-script (or missing) titles, from the country; otherwise null.
 */
export function detectOriginalLanguage(originalTitle: string | null, country: string | null): string | null {
  const countryKey = (country ?? '')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
  const countryLanguage = COUNTRY_LANGUAGES[countryKey] ?? null
  const script = dominantScript(originalTitle ?? '')
  if (!script) return countryLanguage
  if (countryLanguage && LANGUAGE_SCRIPTS[countryLanguage]?.includes(script)) return countryLanguage
  return SCRIPT_DEFAULT_LANGUAGE[script]
}

function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>()
  for (const ch of text) {
    for (const [script, test] of SCRIPT_TESTS) {
      if (test.test(ch)) {
        counts.set(script, (counts.get(script) ?? 0) + 1)
        break
      }
    }
  }
  // Hangul or kana anywhere decides it: Korean and Japanese titles often include Han.
  if (counts.has('Hangul')) return 'Hangul'
  if (counts.has('Kana')) return 'Kana'
  let best: Script | null = null
  for (const [script, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) best = script
  }
  return best
}
