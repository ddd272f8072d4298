import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Essay, Film, Symbol as FilmSymbol } from '@/payload-types'

import { rankedSearch } from '../../src/lib/search/results'
import { paragraph } from './helpers/lexical'
import { startPayload } from './helpers/payload'

// The search index is public: a symbol or essay is in it only while its film is published too,
// or the index (and /api/search, /search) would give away a draft film's slug.

let payload: Payload
let counter = 0
const unique = () => `sv-${++counter}-${Date.now().toString(36)}`

beforeAll(async () => {
  payload = await startPayload()
})

const film = async (status: 'draft' | 'published'): Promise<Film> =>
  await payload.create({
    collection: 'films',
    data: { title: `Film ${unique()}`, _status: status } as Film,
    draft: status === 'draft',
  })

const symbolOf = async (filmId: Film['id']): Promise<FilmSymbol> =>
  await payload.create({
    collection: 'symbols',
    data: {
      name: `Symbol ${unique()}`,
      film: filmId,
      meaning: paragraph('A sign.'),
      _status: 'published',
    } as FilmSymbol,
  })

const essayOf = async (filmIds: Film['id'][]): Promise<Essay> =>
  await payload.create({
    collection: 'essays',
    data: {
      title: `Essay ${unique()}`,
      kind: 'analysis',
      films: filmIds,
      body: paragraph('An essay.'),
      _status: 'published',
    } as Essay,
  })

const indexed = async (collection: 'symbols' | 'essays', id: number | string) =>
  (
    await payload.count({
      collection: 'search',
      where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }] },
    })
  ).totalDocs

/** The films a visitor's search for `title` lists under the result of that title. */
const filmsListed = async (title: string) =>
  (await rankedSearch(payload, title, {}, { overrideAccess: false })).results.find((r) => r.title === title)?.films

const setStatus = (id: Film['id'], status: 'draft' | 'published') =>
  payload.update({ collection: 'films', id, data: { _status: status } })

describe('the search index holds a symbol or essay only while its film is published', () => {
  it('a published symbol and essay of a draft film are not indexed; publishing the film adds them, unpublishing removes them', async () => {
    const draft = await film('draft')
    const symbol = await symbolOf(draft.id)
    const essay = await essayOf([draft.id])
    expect([await indexed('symbols', symbol.id), await indexed('essays', essay.id)]).toEqual([0, 0])

    await setStatus(draft.id, 'published')
    expect([await indexed('symbols', symbol.id), await indexed('essays', essay.id)]).toEqual([1, 1])
    const entry = (
      await payload.find({
        collection: 'search',
        where: { 'doc.value': { equals: symbol.id }, 'doc.relationTo': { equals: 'symbols' } },
      })
    ).docs[0]
    expect(entry).toMatchObject({ title: symbol.name, kind: 'Symbol' })
    expect(entry?.url).toContain(symbol.slug)
    expect(await filmsListed(symbol.name)).toEqual([draft.title])

    await setStatus(draft.id, 'draft')
    expect([await indexed('symbols', symbol.id), await indexed('essays', essay.id)]).toEqual([0, 0])
  })

  it('an essay stays indexed while another of its films is published', async () => {
    const [shown, hidden] = [await film('published'), await film('published')]
    const essay = await essayOf([shown.id, hidden.id])
    expect(await indexed('essays', essay.id)).toBe(1)
    expect(await filmsListed(essay.title)).toEqual([shown.title, hidden.title])
    await setStatus(hidden.id, 'draft')
    expect(await indexed('essays', essay.id)).toBe(1)
    // Its result names the published film only: the draft's title is not a visitor's to read.
    expect(await filmsListed(essay.title)).toEqual([shown.title])
    await setStatus(shown.id, 'draft')
    expect(await indexed('essays', essay.id)).toBe(0)
  })

  it('deleting a film removes its work from the index', async () => {
    const [gone, other] = [await film('published'), await film('draft')]
    const essay = await essayOf([gone.id, other.id])
    expect(await indexed('essays', essay.id)).toBe(1)
    await payload.delete({ collection: 'films', id: gone.id })
    expect(await indexed('essays', essay.id)).toBe(0)
  })
})
