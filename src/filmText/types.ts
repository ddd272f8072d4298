// The shapes the text format reads into and writes from. One file that imports nothing, so the
// parser's stages and the vocabularies can share them without importing each other in a circle.

export interface ParsedFilm {
  title: string
  slug: string
  logline: string | null
  originalTitle: string | null
  tagline: string | null
  releaseDate: string | null
  country: string | null
  runtimeMinutes: number | null
  rating: { score: number; votes: number } | null
  directors: string[]
  cast: string[]
  genres: string[]
  themes: string[]
  boxOffice: { amount: number; currency: string } | null
  symbols: { name: string; meaning: string; context: string }[]
  questions: { question: string; discussion: string }[]
  coreMeaning: string | null
}

export interface ThemeGuess {
  text: string
  source: 'known' | 'vocabulary' | 'heuristic'
}

export interface ParseError {
  file: string
  line: number
  message: string
}

export type ParseResult =
  | { ok: true; film: ParsedFilm; themeSegmentation: ThemeGuess[]; themesLine: number | null; warnings: string[] }
  | { ok: false; error: ParseError }

export interface ParseOptions {
  /** Shown in errors; the parser never reads it. */
  file: string
  /** Themes already in the database; preferred over any guess when segmenting the themes line. */
  knownThemes?: readonly string[]
}
