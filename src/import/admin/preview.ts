import type { PayloadRequest } from 'payload'

import { knownThemeNames } from '../importFiles'
import { parseFilm } from '../../filmText'
import { canPublish, refusalFor, requireImporter } from './access'
import { readLimitedForm, RequestProblem } from './body'
import { decodeTextFile } from './decode'
import { existingFilm } from './existing'
import { displayName } from './fileName'
import { otherGuesses, themeChoices } from './guesses'
import { MAX_FILES } from './limits'
import { endpoint } from './respond'
import type { PreviewFile, PreviewResponse } from './types'

/** Parses text exactly as the command-line importer does, against the themes already on the site. */
export async function previewText(
  req: PayloadRequest,
  file: string,
  text: string,
  knownThemes: readonly string[],
): Promise<PreviewFile> {
  const parsed = parseFilm(text, { file, knownThemes })
  if (!parsed.ok) return { file, ok: false, line: parsed.error.line, message: parsed.error.message }
  const existing = await existingFilm(req, parsed.film.slug)
  return {
    file,
    ok: true,
    text,
    film: parsed.film,
    action: existing ? 'update' : 'create',
    existing,
    themes: themeChoices(parsed.themeSegmentation),
    themesLine: parsed.themesLine,
    guesses: otherGuesses(parsed.film),
    warnings: parsed.warnings,
    refusal: refusalFor(req, existing),
  }
}

/** POST /api/import/preview — multipart "files": parse each one and say what importing it would do. Writes nothing. */
export const previewHandler = endpoint(async (req) => {
  requireImporter(req)
  const entries = (await readLimitedForm(req)).getAll('files')
  if (entries.length === 0) throw new RequestProblem(400, 'Choose at least one analysis file (.txt) to preview.')
  if (entries.length > MAX_FILES)
    throw new RequestProblem(400, `At most ${MAX_FILES} files can be imported at once; you sent ${entries.length}.`)
  const knownThemes = await knownThemeNames(req.payload)
  const files: PreviewFile[] = []
  for (const entry of entries) {
    if (typeof entry === 'string') throw new RequestProblem(400, 'The "files" field must hold files, not text.')
    const file = displayName(entry.name)
    const decoded = decodeTextFile(new Uint8Array(await entry.arrayBuffer()))
    files.push(
      decoded.ok
        ? await previewText(req, file, decoded.text, knownThemes)
        : { file, ok: false, line: null, message: `${file} ${decoded.message}` },
    )
  }
  const body: PreviewResponse = { canPublish: canPublish(req), files }
  return { body }
})
