import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import type { Payload } from 'payload'

import { FilmFormatError, formatFilm, parseFilm, type ParsedFilm } from '../filmText'
import { readFilmsForExport, type ExportOptions, type FilmForExport } from './fromPayload'

export type ExportOutcome =
  | ({ ok: true; file: string } & Omit<FilmForExport, 'film'>)
  | { ok: false; slug: string; status: 'published' | 'draft'; message: string }

/**
 * Parse the written text as `npm run import` would (against the themes in the database) and say
 * what would not come back as it is stored.
 */
export function roundTripProblems(text: string, film: ParsedFilm, knownThemes: readonly string[]): string[] {
  const parsed = parseFilm(text, { file: `${film.slug}.txt`, knownThemes })
  if (!parsed.ok) return [`the file will not import: line ${parsed.error.line}: ${parsed.error.message}`]
  const problems: string[] = []
  for (const key of Object.keys(film) as (keyof ParsedFilm)[]) {
    if (isDeepStrictEqual(parsed.film[key], film[key])) continue
    problems.push(
      key === 'slug'
        ? `the title gives the slug "${parsed.film.slug}" but the film's slug is "${film.slug}": an import would create a new film`
        : `"${key}" will not import back unchanged`,
    )
  }
  return problems
}

/**
 * Write every film to `<dir>/<slug>.txt` (creating the directory) and check that each file
 * imports back to what is stored. A film that cannot be written is reported and the others are
 * still written; a directory that cannot be created throws.
 */
export async function exportFilms(
  payload: Payload,
  dir: string,
  options: ExportOptions = {},
): Promise<ExportOutcome[]> {
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    throw new Error(`cannot create the directory ${dir}: ${(error as Error).message}`)
  }
  const themes = await payload.find({ collection: 'themes', pagination: false, depth: 0, select: { name: true } })
  const knownThemes = themes.docs.map((t) => t.name)
  const outcomes: ExportOutcome[] = []
  for (const exported of await readFilmsForExport(payload, options)) {
    const { film, ...about } = exported
    let text: string
    try {
      text = formatFilm(film)
    } catch (error) {
      if (!(error instanceof FilmFormatError)) throw error
      outcomes.push({ ok: false, slug: exported.slug, status: exported.status, message: error.message })
      continue
    }
    const file = path.join(dir, `${exported.slug}.txt`)
    try {
      await writeFile(file, text, 'utf8')
    } catch (error) {
      outcomes.push({
        ok: false,
        slug: exported.slug,
        status: exported.status,
        message: `cannot write ${file}: ${(error as Error).message}`,
      })
      continue
    }
    outcomes.push({
      ok: true,
      file,
      ...about,
      warnings: [...about.warnings, ...roundTripProblems(text, film, knownThemes)],
    })
  }
  return outcomes
}
