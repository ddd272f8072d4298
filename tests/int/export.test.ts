import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportFilms } from '../../src/export/exportFilms'
import { parseFilm, type ParsedFilm } from '../../src/filmText'
import { runScript } from '../helpers/run'
import { paragraph } from './helpers/lexical'
import { makeUser, startPayload } from './helpers/payload'
import { filmId as filmIdIn, importSampleSite } from './helpers/sampleSite'

// `npm run export` writes every film back in the text format: each file parses back to the film
// that was imported.

const work = mkdtempSync(path.join(tmpdir(), 'subtext-export-'))

let payload: Payload
/** What the importer parsed from each file, by slug: what an exported file must parse back to. */
let imported: Map<string, ParsedFilm>

beforeAll(async () => {
  payload = await startPayload()
  imported = await importSampleSite(payload)
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

const filmId = (slug: string) => filmIdIn(payload, slug)

async function themeNames(): Promise<string[]> {
  return (await payload.find({ collection: 'themes', pagination: false })).docs.map((t) => t.name)
}

function parseFile(file: string, knownThemes: string[]): ParsedFilm {
  const result = parseFilm(readFileSync(file, 'utf8'), { file, knownThemes })
  if (!result.ok) throw new Error(`${file}:${result.error.line}: ${result.error.message}`)
  return result.film
}

describe('export', () => {
  it('writes every film, published and drafts, and each file parses back to the film that was imported', async () => {
    const dir = path.join(work, 'export')
    const outcomes = await exportFilms(payload, dir)
    expect(outcomes.map((o) => [o.slug, o.status])).toEqual([
      ['i-am-sam', 'published'],
      ['life-is-beautiful', 'published'],
      ['miracle-in-cell-no-7', 'published'],
      ['the-shawshank-redemption', 'published'],
      ['the-unfinished-draft', 'draft'],
    ])
    const knownThemes = await themeNames()
    for (const outcome of outcomes) {
      expect(outcome.ok && outcome.warnings, outcome.slug).toEqual([])
      expect(parseFile(path.join(dir, `${outcome.slug}.txt`), knownThemes)).toEqual(imported.get(outcome.slug))
    }
  })

  it('npm run export writes <dir>/<slug>.txt, lists the files on stdout and says which films are drafts', async () => {
    const dir = path.join(work, 'cli-export', 'nested')
    const { code, stdout, stderr } = await runScript('export', [dir])
    expect(code, stderr).toBe(0)
    expect(stderr).toContain(`Exported 5 films to ${dir}: 4 published, 1 draft.`)
    expect(stderr).toMatch(/the-unfinished-draft\.txt \(draft\)/)
    expect(stdout.trim().split('\n')).toEqual([...imported.keys()].sort().map((slug) => path.join(dir, `${slug}.txt`)))
    const knownThemes = await themeNames()
    for (const slug of imported.keys())
      expect(parseFile(path.join(dir, `${slug}.txt`), knownThemes)).toEqual(imported.get(slug))
  })

  it('refuses a directory it cannot create, with the reason', async () => {
    const blocker = path.join(work, 'a-file')
    writeFileSync(blocker, '')
    await expect(exportFilms(payload, path.join(blocker, 'films'))).rejects.toThrow(
      /cannot create the directory .*a-file\/films/,
    )
    const { code, stderr } = await runScript('export', [path.join(blocker, 'films')])
    expect(code).toBe(1)
    expect(stderr).toMatch(/export failed: cannot create the directory/)
  })

  it('exports a published film as published; its unpublished changes only with --latest', async () => {
    const id = await filmId('the-shawshank-redemption')
    await payload.update({ collection: 'films', id, data: { tagline: 'Get busy living.' }, draft: true })
    const published = await exportFilms(payload, path.join(work, 'published'))
    const shawshank = published.find((o) => o.slug === 'the-shawshank-redemption')
    expect(shawshank).toMatchObject({ ok: true, version: 'published', unpublishedChanges: true })
    const knownThemes = await themeNames()
    expect(parseFile(path.join(work, 'published', 'the-shawshank-redemption.txt'), knownThemes).tagline).toBe(
      imported.get('the-shawshank-redemption')!.tagline,
    )
    await exportFilms(payload, path.join(work, 'latest'), { latest: true })
    expect(parseFile(path.join(work, 'latest', 'the-shawshank-redemption.txt'), knownThemes).tagline).toBe(
      'Get busy living.',
    )
  })
})

describe('what the text format cannot hold', () => {
  beforeAll(async () => {
    // A cast character and an "analysis" essay: both are kept by Payload, neither by the format.
    const miracle = await filmId('miracle-in-cell-no-7')
    const film = await payload.findByID({ collection: 'films', id: miracle, depth: 0 })
    await payload.update({
      collection: 'films',
      id: miracle,
      data: { cast: film.cast!.map((c, i) => (i === 0 ? { ...c, character: 'Lee Yong-gu' } : c)) },
    })
    const author = await makeUser(payload, 'editor')
    await payload.create({
      collection: 'essays',
      draft: true,
      data: {
        title: 'Notes on the poster',
        kind: 'analysis',
        films: [miracle],
        body: paragraph('See the poster.'),
        author: author.id,
        _status: 'draft',
      },
    })
  })

  it('warns about what the text format cannot hold', async () => {
    const outcomes = await exportFilms(payload, path.join(work, 'warnings'), { latest: true })
    const miracle = outcomes.find((o) => o.slug === 'miracle-in-cell-no-7')
    expect(miracle?.ok && miracle.warnings).toEqual([
      'character names are not part of the text format: Ryu Seung-ryong as Lee Yong-gu',
      'essays of kind "analysis" are not part of the text format: "Notes on the poster"',
    ])
  })
})
