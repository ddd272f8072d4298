/**
 * Pure parser for the plain-text film analyses editors write (see src/seed/films).
 * No I/O and no Payload: text in, a ParsedFilm or a line-numbered ParseError out.
 * The stages live beside this file and signal problems by throwing FormatError, which is
 * caught here, so no exception reaches the caller whatever the input.
 */
import slugify from '@sindresorhus/slugify'

import type { ParsedFilm, ParseOptions, ParseResult } from '../types'
import { parseFacts } from './facts'
import { readHeader } from './header'
import { FormatError, toLines } from './lines'
import { readMetadata } from './metadata'
import { readBody } from './sections'

export function parseFilm(text: string, options: ParseOptions): ParseResult {
  // Callers from plain JS may pass anything; the contract is "never throws".
  const file = typeof options?.file === 'string' ? options.file : '<unknown file>'
  try {
    if (typeof text !== 'string')
      throw new FormatError(1, 'The film text is not a string. Pass the contents of the file as text.')
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
