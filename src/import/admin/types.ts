/**
 * What the admin import endpoints answer; shared by the endpoints and the admin view, so it
 * holds types only (the client bundle must not pull in the parser's server code through it).
 */
import type { ParsedFilm, ThemeGuess } from '../../filmText'

export type PublishStatus = 'draft' | 'published'

/** One theme of the split themes line, with why the parser chose it and what else it could be. */
export type ThemeChoice = {
  text: string
  source: ThemeGuess['source']
  explanation: string
  /** Other readings of this piece: split in two at a capitalised word, or joined with the next piece. */
  alternatives: string[][]
}

/** Anything else the parser or the writer decides that the file does not say outright. */
export type Guess = { field: string; value: string; line: number | null; explanation: string }

export type ExistingFilm = { id: string | number; status: PublishStatus; adminURL: string }

export type PreviewFile =
  | {
      file: string
      ok: true
      /** The text as the server decoded it: what the editor confirms, so both see the same bytes. */
      text: string
      film: ParsedFilm
      action: 'create' | 'update'
      existing: ExistingFilm | null
      themes: ThemeChoice[]
      themesLine: number | null
      guesses: Guess[]
      warnings: string[]
      /** Why this user cannot import this file at all (e.g. a writer and a published film). */
      refusal: string | null
    }
  | { file: string; ok: false; line: number | null; message: string }

export type PreviewResponse = { canPublish: boolean; files: PreviewFile[] }

/** One file to write: its text, re-parsed on the server, and the editor's choice of themes split. */
export type ConfirmFile = { file: string; text: string; themes?: string[] }
export type ConfirmRequest = { status: PublishStatus; files: ConfirmFile[] }

export type ConfirmResult =
  | {
      file: string
      ok: true
      slug: string
      title: string
      action: 'created' | 'updated' | 'unchanged'
      status: PublishStatus
      adminURL: string
      publicPath: string | null
      counts: Record<'created' | 'updated' | 'unchanged', number>
    }
  | { file: string; ok: false; line: number | null; message: string }

export type ConfirmResponse = { files: ConfirmResult[] }
