import type { PayloadRequest } from 'payload'

import { describeWriteError, knownThemeNames } from '../importFiles'
import { parseFilm } from '../../filmText'
import { richTextBuilder, type RichTextBuilder } from '../richText'
import { writeFilm } from '../write'
import { refusalFor, requireImporter, requireMayWrite } from './access'
import { applyThemeSplit } from './adjust'
import { readLimitedJSON } from './body'
import { existingFilm } from './existing'
import { endpoint } from './respond'
import type { ConfirmFile, ConfirmResponse, ConfirmResult, PublishStatus } from './types'
import { readConfirmRequest } from './validate'

type Run = { req: PayloadRequest; status: PublishStatus; knownThemes: string[]; richText: RichTextBuilder }

/**
 * One file: parsed again here with the same parser as the preview and the command line (the
 * browser sends text, never a parsed film), the editor's themes split applied, then written in
 * its own transaction as the signed-in user.
 */
async function importOne(
  { req, status, knownThemes, richText }: Run,
  { file, text, themes }: ConfirmFile,
): Promise<ConfirmResult> {
  const parsed = parseFilm(text, { file, knownThemes })
  if (!parsed.ok) return { file, ok: false, line: parsed.error.line, message: parsed.error.message }
  const adjusted = applyThemeSplit(parsed.film, themes)
  if (!adjusted.ok) return { file, ok: false, line: parsed.themesLine, message: adjusted.message }
  const film = adjusted.film
  const refusal = refusalFor(req, await existingFilm(req, film.slug))
  if (refusal) return { file, ok: false, line: null, message: refusal }
  try {
    const report = await writeFilm(req.payload, film, {
      draft: status === 'draft',
      richText,
      user: req.user ?? undefined,
    })
    knownThemes.push(...film.themes.filter((theme) => !knownThemes.includes(theme)))
    const written = await existingFilm(req, film.slug)
    if (!written) throw new Error('the film cannot be found after writing it')
    return {
      file,
      ok: true,
      slug: film.slug,
      title: film.title,
      action: report.film,
      status,
      adminURL: written.adminURL,
      publicPath: status === 'published' ? `/films/${film.slug}` : null,
      counts: report.counts,
    }
  } catch (error) {
    return { file, ok: false, line: null, message: describeWriteError(error) }
  }
}

/** 200 when every file went in, 400 when none did, 207 (multi-status) when some did. */
const statusOf = (results: ConfirmResult[]): number => {
  const written = results.filter((r) => r.ok).length
  if (written === results.length) return 200
  return written === 0 ? 400 : 207
}

/** POST /api/import/confirm — JSON { status, files: [{ file, text, themes? }] }: write each file. */
export const confirmHandler = endpoint(async (req) => {
  requireImporter(req)
  const request = readConfirmRequest(await readLimitedJSON(req))
  requireMayWrite(req, request.status)
  const run: Run = {
    req,
    status: request.status,
    knownThemes: await knownThemeNames(req.payload),
    richText: await richTextBuilder(req.payload),
  }
  const files: ConfirmResult[] = []
  // One file after another: each is its own transaction, and later files reuse earlier themes.
  for (const file of request.files) files.push(await importOne(run, file))
  const body: ConfirmResponse = { files }
  return { status: statusOf(files), body }
})
