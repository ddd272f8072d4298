// The analysis text format (see src/seed/films/*.txt): parse it, write it, and the one guess the
// rest of the site shares with the parser (a name's original language). Pure: it imports nothing
// from Payload, Next or React, which tests/unit/filmText/boundary.test.ts checks.
export { parseFilm } from './parse/parseFilm'
export type { ParsedFilm, ParseError, ParseResult, ThemeGuess } from './types'
export { FilmFormatError, formatFilm } from './write'
export { detectOriginalLanguage } from './vocabulary/languages'
export { THEME_CONNECTORS } from './vocabulary/themes'
