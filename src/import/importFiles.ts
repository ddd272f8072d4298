import type { Payload, TypedUser } from 'payload'

import { refreshStatisticsAfterBulkWrite } from '../database/sqliteStatistics'

import { parseFilm, type ParsedFilm, type ThemeGuess } from '../filmText'
import { revalidateTags, signingSecret } from '../lib/revalidate'
import type { PosterFile } from './poster'
import { richTextBuilder, type RichTextBuilder } from './richText'
import { writeFilm, type WriteReport } from './write'

/** An analysis file's text, and the poster image that came with it, if any. */
export type ImportSource = { file: string; text: string; poster?: PosterFile | null }

export type ImportOutcome =
  | {
      file: string
      ok: true
      film: ParsedFilm
      themeSegmentation: ThemeGuess[]
      warnings: string[]
      report: WriteReport | null
    }
  | { file: string; ok: false; line: number | null; message: string }

/**
 * `author`: the user new films, symbols and essays are credited to (see WriteOptions).
 * `refreshStatistics: false` leaves the database's statistics to the caller: one importing in
 * batches refreshes them once after the last (a full ANALYZE grows with the database).
 */
export type ImportOptions = { draft?: boolean; dryRun?: boolean; author?: TypedUser; refreshStatistics?: boolean }

export async function knownThemeNames(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'themes', pagination: false, depth: 0, select: { name: true } })
  return docs.map((theme) => theme.name)
}

export const describeWriteError = (error: unknown): string => {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const fields = data?.errors?.map((e) => `${e.path ?? '?'}: ${e.message ?? 'invalid'}`).join('; ')
  const base = error instanceof Error ? error.message : String(error)
  return `could not be saved (nothing from this file was written): ${fields || base}`
}

/**
 * Parse and write each file on its own: a bad file is reported with its line and leaves
 * nothing behind, and the others still go in. Themes written by one file help split the
 * run-together themes line of the next. The site is asked once, after the last file, to refresh
 * every page the files changed: one request for a thousand films instead of a thousand. The
 * database's query statistics are refreshed first, as a bulk write changes its tables' proportions.
 */
export async function importFiles(
  payload: Payload,
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const knownThemes = await knownThemeNames(payload)
  const richText = options.dryRun ? null : await richTextBuilder(payload)
  const outcomes: ImportOutcome[] = []
  const changedTags = new Set<string>()
  try {
    await importEach(
      payload,
      sources,
      { knownThemes, richText, draft: options.draft ?? false, author: options.author, changedTags },
      outcomes,
    )
  } finally {
    // Also after an unexpected failure: the films committed before it are on the site.
    if ((options.refreshStatistics ?? true) && outcomes.some((outcome) => outcome.ok && outcome.report))
      await refreshStatisticsAfterBulkWrite(payload).catch((error: unknown) =>
        console.warn('SQLite statistics were not refreshed after the import:', error),
      )
    await revalidateTags([...changedTags], signingSecret(payload))
  }
  return outcomes
}

type Each = {
  knownThemes: string[]
  richText: RichTextBuilder | null
  draft: boolean
  author: TypedUser | undefined
  changedTags: Set<string>
}

async function importEach(
  payload: Payload,
  sources: ImportSource[],
  { knownThemes, richText, draft, author, changedTags }: Each,
  outcomes: ImportOutcome[],
): Promise<void> {
  for (const { file, text, poster } of sources) {
    const parsed = parseFilm(text, { file, knownThemes })
    if (!parsed.ok) {
      outcomes.push({ file, ok: false, line: parsed.error.line, message: parsed.error.message })
      continue
    }
    const { film, themeSegmentation, warnings } = parsed
    if (!richText) {
      outcomes.push({ file, ok: true, film, themeSegmentation, warnings, report: null })
      continue
    }
    try {
      const report = await writeFilm(payload, film, { draft, richText, author, poster, changedTags })
      knownThemes.push(...film.themes.filter((theme) => !knownThemes.includes(theme)))
      outcomes.push({ file, ok: true, film, themeSegmentation, warnings, report })
    } catch (error) {
      outcomes.push({ file, ok: false, line: null, message: describeWriteError(error) })
    }
  }
}
