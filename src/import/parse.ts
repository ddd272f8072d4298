/**
 * Pure parser for the plain-text film analyses editors write (see src/seed/films).
 * No I/O and no Payload: text in, a ParsedFilm or a line-numbered ParseError out.
 * The stages live in ./parse/ and signal problems by throwing FormatError, which is
 * caught here, so no exception reaches the caller whatever the input.
 */
import slugify from '@sindresorhus/slugify'

import { parseFacts } from './parse/facts'
import { readHeader } from './parse/header'
import { FormatError, toLines } from './parse/lines'
import { readMetadata } from './parse/metadata'
import { readBody } from './parse/sections'

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

export function parseFilm(text: string, options: ParseOptions): ParseResult {
  // Callers from plain JS may pass anything; the contract is "never throws".
  const file = typeof options?.file === 'string' ? options.file : '<unknown file>'
  try {
    if (typeof text !== 'string') throw new FormatError(1, 'The film text is not a string. Pass the contents of the file as text.')
    const knownThemes = Array.isArray(options?.knownThemes) ? options.knownThemes : []
    const warnings: string[] = []
    const lines = toLines(text, warnings)
    const header = readHeader(lines, warnings)
    const factsLine = lines[header.factsIndex]
    if (!factsLine) throw new FormatError(1, 'The facts line could not be located.')
    const facts = parseFacts(factsLine, warnings)
    const meta = readMetadata(lines, header.factsIndex + 1, knownThemes, warnings)
    const body = readBody(lines, meta.bodyIndex, header.title, warnings)
    const slug = slugify(header.title)
    if (slug === '') {
      throw new FormatError(
        header.titleLine,
        `The title "${header.title}" gives an empty URL slug. Use the film's English or Latin-script title on line 1 and put the original title on its own line.`,
      )
    }
    const film: ParsedFilm = {
      title: header.title,
      slug,
      logline: header.logline,
      originalTitle: header.originalTitle,
      tagline: header.tagline,
      releaseDate: facts.releaseDate,
      country: facts.country,
      runtimeMinutes: facts.runtimeMinutes,
      rating: facts.rating,
      directors: meta.directors,
      cast: meta.cast,
      genres: meta.genres,
      themes: meta.themes.map((t) => t.text),
      boxOffice: meta.boxOffice,
      symbols: body.symbols,
      questions: body.questions,
      coreMeaning: body.coreMeaning,
    }
    return { ok: true, film, themeSegmentation: meta.themes, themesLine: meta.themesLine, warnings }
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, error: { file, line: error.line, message: error.message } }
    return {
      ok: false,
      error: {
        file,
        line: 1,
        message: `Internal parser error (${error instanceof Error ? error.message : String(error)}). This is a bug in the importer, not in the file; please report it with the file attached.`,
      },
    }
  }
}
