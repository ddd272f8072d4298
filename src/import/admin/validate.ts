import { RequestProblem } from './body'
import { MAX_FILE_BYTES, MAX_FILES } from './limits'
import { displayName } from './fileName'
import type { ConfirmFile, ConfirmRequest } from './types'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The confirm request's shape, checked field by field; the texts themselves are parsed afterwards. */
export function readConfirmRequest(body: unknown): ConfirmRequest {
  if (!isRecord(body)) throw new RequestProblem(400, 'The request must be a JSON object with "status" and "files".')
  const { status, files } = body
  if (status !== 'draft' && status !== 'published')
    throw new RequestProblem(400, '"status" must be "draft" or "published".')
  if (!Array.isArray(files) || files.length === 0)
    throw new RequestProblem(400, '"files" must list at least one file to import.')
  if (files.length > MAX_FILES)
    throw new RequestProblem(400, `At most ${MAX_FILES} files can be imported at once; you sent ${files.length}.`)
  return {
    status,
    files: files.map((entry, i): ConfirmFile => {
      if (!isRecord(entry) || typeof entry.text !== 'string') {
        throw new RequestProblem(
          400,
          `File ${i + 1} must be an object with "file" (its name) and "text" (its contents).`,
        )
      }
      const file = displayName(entry.file)
      if (new TextEncoder().encode(entry.text).byteLength > MAX_FILE_BYTES) {
        throw new RequestProblem(
          400,
          `${file} is larger than ${MAX_FILE_BYTES / 1024} KB; an analysis file is a few KB of text.`,
        )
      }
      // The themes split is checked against the parsed file by applyThemeSplit, which takes any value.
      return { file, text: entry.text, ...(entry.themes === undefined ? {} : { themes: entry.themes as string[] }) }
    }),
  }
}
