import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { ParsedFilm } from '../../../src/filmText'
import { importFiles } from '../../../src/import/importFiles'
import { sampleFilmFiles } from '../../../src/seed/paths'
import { ROOT } from '../../helpers/run'

// The site the export and backup tests start from: the sample films (published) and a draft,
// imported through the importer, with a gap in the stored IDs.

const DRAFT_FIXTURE = path.join(ROOT, 'tests/fixtures/films/the-unfinished-draft.txt')

/**
 * Imported first and deleted after the samples: the stored IDs then start above 1, while a restore
 * into an empty database numbers from 1, so a reference that is not remapped points elsewhere.
 */
const GONE = `Gone Before
A film imported and deleted before the samples, so the stored IDs have gaps.
Gone Before
Gone Before

1 May 1990 Nowhere 90 min ⭐ 5.0 (10)
Director: Gone Director
Cast: Gone Actor
Western
Vanishing
Box Office: $1,000

Symbols & Motifs

The Empty Room

Meaning:

Absence.

Context:

Nobody is ever there.

Philosophical Questions

Where did everyone go?

Somewhere else.

Core Meaning

What is gone leaves a gap.
`

export const filmId = async (payload: Payload, slug: string) =>
  (await payload.find({ collection: 'films', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id

/** Imports the site; answers what the importer parsed from each file, by slug. */
export async function importSampleSite(payload: Payload): Promise<Map<string, ParsedFilm>> {
  const imported = new Map<string, ParsedFilm>()
  const read = async (file: string) => ({ file, text: await readFile(file, 'utf8') })
  const [gone] = await importFiles(payload, [{ file: 'gone.txt', text: GONE }])
  if (!gone?.ok) throw new Error('the throwaway film was not imported')
  const published = await importFiles(payload, await Promise.all(sampleFilmFiles().map(read)))
  const drafts = await importFiles(payload, [await read(DRAFT_FIXTURE)], { draft: true })
  for (const outcome of [...published, ...drafts]) {
    if (!outcome.ok) throw new Error(`${outcome.file}: ${outcome.message}`)
    imported.set(outcome.film.slug, outcome.film)
  }
  const goneId = await filmId(payload, 'gone-before')
  await payload.delete({ collection: 'symbols', where: { film: { equals: goneId } } })
  await payload.delete({ collection: 'essays', where: { films: { equals: goneId } } })
  await payload.delete({ collection: 'films', id: goneId })
  await payload.delete({ collection: 'people', where: { slug: { in: ['gone-director', 'gone-actor'] } } })
  await payload.delete({ collection: 'genres', where: { slug: { equals: 'western' } } })
  await payload.delete({ collection: 'themes', where: { slug: { equals: 'vanishing' } } })
  return imported
}
