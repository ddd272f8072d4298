import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import type { Payload } from 'payload'

import { FilmFormatError, formatFilm, parseFilm, type ParsedFilm } from '../filmText'
import { mediaDir, POSTER_TYPES } from '../import/poster'
import { readFilmsForExport, type ExportOptions, type FilmForExport } from './fromPayload'

export type ExportOutcome =
  | ({ ok: true; file: string; poster: string | null } & Omit<FilmForExport, 'film' | 'posterFile'>)
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
 * Copy the film's poster upload to `<dir>/<slug>.<ext>`, where `npm run import` of the text file
 * finds it again. Only the image types the importer looks for are written; any other is named in
 * a warning.
 */
async function writePoster(
  payload: Payload,
  dir: string,
  slug: string,
  posterFile: string | null,
  warnings: string[],
): Promise<string | null> {
  if (!posterFile) return null
  const extension = path.extname(posterFile).toLowerCase()
  if (!(extension in POSTER_TYPES)) {
    warnings.push(`the poster ${posterFile} is not JPEG, PNG or WebP, which import reads beside a file; not written`)
    return null
  }
  const file = path.join(dir, `${slug}${extension}`)
  try {
    await copyFile(path.join(mediaDir(payload), posterFile), file)
    return file
  } catch (error) {
    warnings.push(`the poster could not be written to ${file}: ${(error as Error).message}`)
    return null
  }
}

/**
 * Write every film to `<dir>/<slug>.txt`, and its poster beside it, (creating the directory) and check that each file
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
    const { film, posterFile, ...about } = exported
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
    const warnings = [...about.warnings, ...roundTripProblems(text, film, knownThemes)]
    const poster = await writePoster(payload, dir, exported.slug, posterFile, warnings)
    outcomes.push({ ok: true, file, poster, ...about, warnings })
  }
  return outcomes
}
