import type { PayloadRequest } from 'payload'

import { describeWriteError, knownThemeNames } from '../importFiles'
import { parseFilm } from '../../filmText'
import { richTextBuilder, type RichTextBuilder } from '../richText'
import { writeFilm } from '../write'
import { refusalFor, requireImporter, requireMayWrite } from './access'
import { applyThemeSplit } from './adjust'
import type { PosterFile } from '../poster'
import { readLimitedForm, readLimitedJSON, RequestProblem } from './body'
import { existingFilm } from './existing'
import { endpoint } from './respond'
import { MAX_CONFIRM_BYTES } from './limits'
import { readPosters } from './posters'
import type { ConfirmFile, ConfirmRequest, ConfirmResponse, ConfirmResult, PublishStatus } from './types'
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
  poster: PosterFile | null,
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
      poster,
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

/**
 * The request as JSON, or as multipart with that JSON in the field "request" and each file's
 * poster in "poster-<index>" (posters.ts).
 */
async function readConfirm(req: PayloadRequest): Promise<{ request: ConfirmRequest; posters: (PosterFile | null)[] }> {
  const type = req.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    const request = readConfirmRequest(await readLimitedJSON(req))
    return { request, posters: request.files.map(() => null) }
  }
  const form = await readLimitedForm(req, MAX_CONFIRM_BYTES)
  const json = form.get('request')
  if (typeof json !== 'string') throw new RequestProblem(400, 'The "request" field must hold the import as JSON text.')
  let body: unknown
  try {
    body = JSON.parse(json)
  } catch {
    throw new RequestProblem(400, 'The "request" field is not valid JSON.')
  }
  const request = readConfirmRequest(body)
  return { request, posters: await readPosters(form, request.files.length) }
}

/**
 * POST /api/import/confirm — JSON { status, files: [{ file, text, themes? }] }, or that JSON as the
 * multipart field "request" with posters beside it: write each file, with its poster.
 */
export const confirmHandler = endpoint(async (req) => {
  requireImporter(req)
  const { request, posters } = await readConfirm(req)
  requireMayWrite(req, request.status)
  const run: Run = {
    req,
    status: request.status,
    knownThemes: await knownThemeNames(req.payload),
    richText: await richTextBuilder(req.payload),
  }
  const files: ConfirmResult[] = []
  // One file after another: each is its own transaction, and later files reuse earlier themes.
  for (const [index, file] of request.files.entries()) files.push(await importOne(run, file, posters[index] ?? null))
  const body: ConfirmResponse = { files }
  return { status: statusOf(files), body }
})
