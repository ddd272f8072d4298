import { readFile } from 'node:fs/promises'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importFiles, type ImportSource } from '../../src/import/importFiles'
import { parseFilm } from '../../src/filmText'
import { richTextBuilder, type RichTextBuilder } from '../../src/import/richText'
import { writeFilm } from '../../src/import/write'
import { sampleFilmFiles } from '../../src/seed/paths'
import { startPayload } from './helpers/payload'

let payload: Payload
let samples: ImportSource[]

const COLLECTIONS: CollectionSlug[] = ['films', 'symbols', 'essays', 'people', 'genres', 'themes']

/** Documents and versions in every collection the importer writes: what "changes nothing" means. */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COLLECTIONS) {
    counts[collection] = (await payload.count({ collection })).totalDocs
    if (['films', 'symbols', 'essays'].includes(collection)) {
      counts[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
    }
  }
  return counts
}

const seedSource = () => samples.find((s) => s.file.endsWith('miracle-in-cell-no-7.txt'))!

beforeAll(async () => {
  payload = await startPayload()
  samples = await Promise.all(sampleFilmFiles().map(async (file) => ({ file, text: await readFile(file, 'utf8') })))
})

describe('importing the seed film', () => {
  it('creates the film, its people, genres, themes, symbols and essays, published', async () => {
    const [outcome] = await importFiles(payload, [seedSource()])
    expect(outcome?.ok).toBe(true)
    const film = (
      await payload.find({
        collection: 'films',
        where: { slug: { equals: 'miracle-in-cell-no-7' } },
        depth: 1,
        overrideAccess: false,
      })
    ).docs[0]!
    expect(film._status).toBe('published')
    expect(film.originalTitle).toBe('7번방의 선물')
    expect(film.originalLanguage).toBe('ko')
    expect(film.releaseDate?.slice(0, 10)).toBe('2013-01-23')
    expect(film.rating).toEqual({ score: 7.9, votes: 470 })
    expect(film.boxOffice).toEqual({ amount: 80_300_000, currency: 'USD' })
    const name = (doc: unknown) => (doc as { name: string }).name
    expect(film.directors?.map(name)).toEqual(['Lee Hwan-kyung'])
    expect(film.cast?.map((c) => name(c.person))).toEqual([
      'Ryu Seung-ryong',
      'Park Shin-hye',
      'Kal So-won',
      'Jung Jin-young',
      'Oh Dal-su',
    ])
    expect(film.genres?.map(name)).toEqual(['Drama', 'Comedy'])
    expect(film.themes?.map(name)).toEqual([
      'Injustice and the Flawed Legal System',
      'Unconditional Paternal Love',
      'Found Family and Solidarity',
      'Sacrifice',
    ])

    const symbols = await payload.find({
      collection: 'symbols',
      where: { film: { equals: film.id } },
      sort: 'order',
      overrideAccess: false,
    })
    expect(symbols.docs.map((s) => s.name)).toEqual(['Sailor Moon Backpack', 'Hot Air Balloon', 'Cell No. 7'])
    expect(JSON.stringify(symbols.docs[0]?.meaning)).toContain('The yellow Sailor Moon backpack symbolizes')
    const essays = await payload.find({
      collection: 'essays',
      where: { films: { equals: film.id } },
      sort: 'order',
      overrideAccess: false,
    })
    expect(essays.docs.map((e) => e.kind)).toEqual([
      'philosophical-question',
      'philosophical-question',
      'philosophical-question',
      'core-meaning',
    ])
    expect(essays.docs[0]?.title).toBe('What is the true meaning of justice?')
    expect(essays.docs.every((e) => e.publishedAt)).toBe(true)
  })

  it('changes nothing when run again: no document and no version is added or rewritten', async () => {
    const before = await snapshot()
    const updatedAt = (await payload.find({ collection: 'films', limit: 1 })).docs[0]!.updatedAt
    const [outcome] = await importFiles(payload, [seedSource()])
    expect(outcome?.ok && outcome.report).toMatchObject({ film: 'unchanged', counts: { created: 0, updated: 0 } })
    expect(await snapshot()).toEqual(before)
    expect((await payload.find({ collection: 'films', limit: 1 })).docs[0]!.updatedAt).toBe(updatedAt)
  })

  it('updates only what changed in the file', async () => {
    const edited = { ...seedSource(), text: seedSource().text.replace('127 min', '128 min') }
    const [outcome] = await importFiles(payload, [edited])
    expect(outcome?.ok && outcome.report).toMatchObject({ film: 'updated', counts: { created: 0, updated: 1 } })
    expect((await payload.find({ collection: 'films', limit: 1 })).docs[0]!.runtimeMinutes).toBe(128)
  })
})

describe('importing the other sample films', () => {
  it('reuses the themes, genres and people already in the database', async () => {
    const before = await snapshot()
    const outcomes = await importFiles(payload, samples)
    expect(outcomes.every((o) => o.ok)).toBe(true)
    const after = await snapshot()
    expect(after.films).toBe(4)
    const themes = (await payload.find({ collection: 'themes', pagination: false })).docs.map((t) => t.name)
    expect(themes.filter((t) => t === 'Found Family and Solidarity')).toHaveLength(1)
    expect(after.genres).toBe(3) // Drama, Comedy, Crime
    expect(after.themes! - before.themes!).toBe(5) // Disability and Dignity, Imagination as Resistance, Innocence, Hope, Institutionalization
    const shawshank = outcomes.find((o) => o.ok && o.film.slug === 'the-shawshank-redemption')
    expect(shawshank?.ok && shawshank.themeSegmentation.map((p) => [p.text, p.source])).toContainEqual([
      'Found Family and Solidarity',
      'known',
    ])
  })
})

describe('bad input loses nothing', () => {
  it('reports a file that cannot be parsed with its line, and writes nothing from it', async () => {
    const before = await snapshot()
    const broken = {
      file: 'broken.txt',
      text: seedSource().text.replace('23 January 2013 South Korea 127 min ⭐ 7.9 (470)', 'sometime, somewhere'),
    }
    const outcomes = await importFiles(payload, [broken, samples[0]!])
    expect(outcomes[0]).toMatchObject({ file: 'broken.txt', ok: false })
    expect(outcomes[0]?.ok === false && outcomes[0].line).toBeGreaterThan(0)
    expect(outcomes[1]?.ok).toBe(true)
    expect(await snapshot()).toEqual(before)
  })

  it('rolls back the whole film when a write fails part-way', async () => {
    const before = await snapshot()
    const parsed = parseFilm(seedSource().text.replace(/Miracle in Cell No\. 7/g, 'Rolled Back'), { file: 'x.txt' })
    if (!parsed.ok) throw new Error(parsed.error.message)
    // New people, genres and themes are written before the film, whose runtime is then refused.
    const film = {
      ...parsed.film,
      runtimeMinutes: -1,
      directors: ['Nobody Newman'],
      genres: ['Western'],
      themes: ['Brand New Theme'],
    }
    const write = writeFilm(payload, film, { draft: false, richText: await richTextBuilder(payload) })
    await expect(write).rejects.toMatchObject({ status: 400 })
    expect(await snapshot()).toEqual(before)
  })

  it('rolls back what it already wrote when it fails itself between two writes', async () => {
    const before = await snapshot()
    const parsed = parseFilm(seedSource().text.replace(/Miracle in Cell No\. 7/g, 'Half Written'), { file: 'x.txt' })
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.film.symbols.length).toBeGreaterThan(2)
    // The rich text of the symbols is built between their writes, outside any Payload operation:
    // failing on the third, the film, its new terms and at least one symbol are already written
    // inside the importer's transaction, and only the importer's own rollback can undo them.
    const build = await richTextBuilder(payload)
    let calls = 0
    const failing: RichTextBuilder = (text) => {
      if (++calls === 3) throw new Error('the rich text converter failed')
      return build(text)
    }
    const film = { ...parsed.film, directors: ['Halfway Hana'], genres: ['Half Genre'] }
    await expect(writeFilm(payload, film, { draft: false, richText: failing })).rejects.toThrow(
      'the rich text converter failed',
    )
    expect(calls).toBe(3)
    expect(await snapshot()).toEqual(before)
  })
})

describe('--draft', () => {
  it('imports as drafts that visitors cannot read', async () => {
    const source = { file: 'draft.txt', text: seedSource().text.replace(/Miracle in Cell No\. 7/g, 'Quiet Draft') }
    const [outcome] = await importFiles(payload, [source], { draft: true })
    expect(outcome?.ok).toBe(true)
    const where = { slug: { equals: 'quiet-draft' } }
    expect((await payload.find({ collection: 'films', where })).docs[0]?._status).toBe('draft')
    expect((await payload.find({ collection: 'films', where, overrideAccess: false })).totalDocs).toBe(0)
    const film = (await payload.find({ collection: 'films', where })).docs[0]!
    expect(
      (await payload.find({ collection: 'symbols', where: { film: { equals: film.id } }, overrideAccess: false }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('--dry-run', () => {
  it('parses against the database themes and writes nothing', async () => {
    const before = await snapshot()
    const source = { file: 'new.txt', text: seedSource().text.replace(/Miracle in Cell No\. 7/g, 'Never Written') }
    const [outcome] = await importFiles(payload, [source], { dryRun: true })
    expect(outcome?.ok && outcome.film.slug).toBe('never-written')
    expect(outcome?.ok && outcome.themeSegmentation.every((p) => p.source === 'known')).toBe(true)
    expect(await snapshot()).toEqual(before)
  })
})
