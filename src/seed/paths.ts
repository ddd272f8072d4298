import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The sample analyses shipped with Subtext; Miracle in Cell No. 7 is the seed film. */
export const SAMPLE_FILMS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'films')

export const sampleFilmFiles = (): string[] =>
  readdirSync(SAMPLE_FILMS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(SAMPLE_FILMS_DIR, name))
