import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film, Symbol as FilmSymbol } from '@/payload-types'

import { searchEngine } from '../../src/lib/search'
import { rankedSearch } from '../../src/lib/search/results'
import { paragraph } from './helpers/lexical'
import { startPayload } from './helpers/payload'

// The full-text index follows the search plugin's rows in the same transaction: what a visitor can
// find is exactly what is published, at every moment, on every adapter.

let payload: Payload
let counter = 0
/** A word no other document holds. */
const word = () => `quokka${++counter}x${Date.now().toString(36)}`

beforeAll(async () => {
  payload = await startPayload()
})

/** The titles found for `q`; the engine's own count must agree, or it holds an entry the rows lack. */
const found = async (q: string) => {
  const { results, total } = await rankedSearch(payload, q, {}, { overrideAccess: false })
  expect(total, `the index's count for "${q}"`).toBe(results.length)
  return results.map((r) => r.title)
}

const film = (title: string, status: 'draft' | 'published') =>
  payload.create({ collection: 'films', data: { title, _status: status } as Film, draft: status === 'draft' })

const symbolOf = (filmId: Film['id'], name: string) =>
  payload.create({
    collection: 'symbols',
    data: { name, film: filmId, meaning: paragraph('A sign.'), _status: 'published' } as FilmSymbol,
  })

describe('the full-text index follows what is published', () => {
  it('publishing adds, renaming replaces, unpublishing and deleting remove', async () => {
    const [first, second] = [word(), word()]
    const draft = await film(`Film ${first}`, 'draft')
    expect(await found(first)).toEqual([])

    await payload.update({ collection: 'films', id: draft.id, data: { _status: 'published' } })
    expect(await found(first)).toEqual([`Film ${first}`])

    await payload.update({ collection: 'films', id: draft.id, data: { title: `Film ${second}` } })
    expect(await found(first)).toEqual([])
    expect(await found(second)).toEqual([`Film ${second}`])

    await payload.update({ collection: 'films', id: draft.id, data: { _status: 'draft' } })
    expect(await found(second)).toEqual([])

    await payload.update({ collection: 'films', id: draft.id, data: { _status: 'published' } })
    expect(await found(second)).toEqual([`Film ${second}`])
    await payload.delete({ collection: 'films', id: draft.id })
    expect(await found(second)).toEqual([])
  })

  it("renaming a film moves its symbols' results to the film's new address", async () => {
    const [first, second] = [word(), word()]
    const parent = await film(`Film ${first}`, 'published')
    const sign = await symbolOf(parent.id, `Sign ${first}`)
    const urlOf = async () =>
      (
        await payload.find({
          collection: 'search',
          where: { and: [{ 'doc.relationTo': { equals: 'symbols' } }, { 'doc.value': { equals: sign.id } }] },
          depth: 0,
        })
      ).docs.map((d) => d.url)
    expect(await urlOf()).toEqual([`/films/${parent.slug}/symbols/${sign.slug}`])
    const renamed = await payload.update({
      collection: 'films',
      id: parent.id,
      data: { title: `Film ${second}`, slug: `film-${second}` },
    })
    expect(renamed.slug).toBe(`film-${second}`)
    expect(await urlOf()).toEqual([`/films/film-${second}/symbols/${sign.slug}`])
  })

  it('a published symbol of a draft film is not findable until the film is published', async () => {
    const name = word()
    const draft = await film(`Film ${word()}`, 'draft')
    await symbolOf(draft.id, `Symbol ${name}`)
    expect(await found(name)).toEqual([])
    await payload.update({ collection: 'films', id: draft.id, data: { _status: 'published' } })
    expect(await found(name)).toEqual([`Symbol ${name}`])
    await payload.update({ collection: 'films', id: draft.id, data: { _status: 'draft' } })
    expect(await found(name)).toEqual([])
  })

  it('a change whose transaction rolls back leaves the index as it was', async () => {
    const [before, after] = [word(), word()]
    const shown = await film(`Film ${before}`, 'published')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'films', id: shown.id, data: { title: `Film ${after}` }, req })
    await killTransaction(req)
    expect(await found(after)).toEqual([])
    expect(await found(before)).toEqual([`Film ${before}`])
  })

  it('an index emptied behind its back is filled again on start', async () => {
    const name = word()
    await film(`Film ${name}`, 'published')
    const { docs } = await payload.find({ collection: 'search', pagination: false, depth: 0, select: {} })
    const req = await createLocalReq({}, payload)
    for (const row of docs) await searchEngine(payload).remove(req, row.id)
    expect(await found(name)).toEqual([])
    await searchEngine(payload).ensure(payload)
    expect(await found(name)).toEqual([`Film ${name}`])
  })
})
