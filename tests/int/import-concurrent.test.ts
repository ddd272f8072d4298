import { readFile } from 'node:fs/promises'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { importFiles, type ImportSource } from '../../src/import/importFiles'
import { sampleFilmFiles } from '../../src/seed/paths'
import { startPayload } from './helpers/payload'

// Importers running at once, each in its own transaction, on the same files: on PostgreSQL they
// all find a film, theme or person missing and create it, and all but the first then collide on
// its unique slug. Every run must still succeed, and each document exist once. On SQLite each
// run's closing ANALYZE must wait its turn behind the others' transactions, not fail beside them.

let payload: Payload
let samples: ImportSource[]

const IMPORTERS = 3
const COLLECTIONS: CollectionSlug[] = ['films', 'symbols', 'essays', 'people', 'genres', 'themes']

const counts = async (): Promise<Record<string, number>> =>
  Object.fromEntries(
    await Promise.all(COLLECTIONS.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs] as const)),
  )

beforeAll(async () => {
  payload = await startPayload()
  samples = await Promise.all(sampleFilmFiles().map(async (file) => ({ file, text: await readFile(file, 'utf8') })))
})

describe('importers of the same files at once', () => {
  it('all succeed, and write each film, person and theme once', async () => {
    const warn = vi.spyOn(console, 'warn')
    const runs = await Promise.all(Array.from({ length: IMPORTERS }, () => importFiles(payload, samples)))
    expect(runs.flat().filter((outcome) => !outcome.ok)).toEqual([])
    expect(warn.mock.calls.filter(([message]) => /statistics were not refreshed/.test(String(message)))).toEqual([])
    warn.mockRestore()
    const together = await counts()

    // Whichever importer wrote last, the films are as the files say: importing again changes nothing.
    const again = await importFiles(payload, samples)
    expect(again.every((outcome) => outcome.ok && outcome.report?.film === 'unchanged')).toBe(true)
    expect(await counts()).toEqual(together)
    expect(together.films).toBe(samples.length)
  }, 180_000)
})
