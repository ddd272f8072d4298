import { MAX_FILE_BYTES } from './limits'

export type Decoded = { ok: true; text: string } | { ok: false; message: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The text of an uploaded analysis file, or why it is not one. A NUL byte means a binary file
 * (a .docx, a PDF, an image) even when the rest happens to decode; anything that is not valid
 * UTF-8 is refused rather than guessed at, so no accented name is silently mangled.
 */
export function decodeTextFile(bytes: Uint8Array): Decoded {
  if (bytes.byteLength === 0) return { ok: false, message: 'is empty' }
  if (bytes.byteLength > MAX_FILE_BYTES)
    return { ok: false, message: `is larger than ${MAX_FILE_BYTES / 1024} KB; an analysis file is a few KB of text` }
  if (bytes.includes(0))
    return {
      ok: false,
      message:
        'is not a text file (it contains binary data). Save the analysis as plain text (.txt, UTF-8) and upload that.',
    }
  try {
    return { ok: true, text: utf8.decode(bytes) }
  } catch {
    return { ok: false, message: 'is not UTF-8 text. Save it as plain text with UTF-8 encoding and upload it again.' }
  }
}
