import { readFile } from 'node:fs/promises'

import type { ImportSource } from './importFiles'
import { findPosterBeside } from './poster'

/** An analysis file as the importer takes it: its text, and the poster image beside it if there is one. */
export const readSource = async (file: string): Promise<ImportSource> => ({
  file,
  text: await readFile(file, 'utf8'),
  poster: await findPosterBeside(file),
})
