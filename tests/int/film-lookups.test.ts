import { commitTransaction, createLocalReq, initTransaction, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film, Symbol as FilmSymbol } from '@/payload-types'
import { paths } from '@/lib/urls'

import { paragraph } from './helpers/lexical'
import { startPayload } from './helpers/payload'

// A request remembers what its symbols and essays looked up of their film (src/config/filmLookups.ts):
// an import writes a film and then its symbols and essays in one request and transaction. What it
// remembers must never outlive a change of the film in that same request: a symbol written after
// its film was renamed or unpublished gets the film's new URL and title, or stays out of the index.

let payload: Payload
let counter = 0
const unique = () => `fl-${++counter}-${Date.now().toString(36)}`

beforeAll(async () => {
  payload = await startPayload()
})

/** Runs `write` in one transaction of `req` (a new request by default), as the importer writes a film. */
async function inOneRequest(
  write: (req: PayloadRequest) => Promise<void>,
  req?: PayloadRequest,
): Promise<PayloadRequest> {
  const within = req ?? (await createLocalReq({}, payload))
  await initTransaction(within)
  await write(within)
  await commitTransaction(within)
  return within
}

const symbolOf = (req: PayloadRequest, film: Film['id'], name: string) =>
  payload.create({
    collection: 'symbols',
    data: { name, film, meaning: paragraph('A sign.'), _status: 'published' } as FilmSymbol,
    req,
  })

const entryOf = async (symbol: FilmSymbol) => {
  const { docs } = await payload.find({
    collection: 'search',
    where: { and: [{ 'doc.relationTo': { equals: 'symbols' } }, { 'doc.value': { equals: symbol.id } }] },
  })
  return docs[0]
}

const stored = (symbol: FilmSymbol) => payload.findByID({ collection: 'symbols', id: symbol.id, depth: 0 })

describe('film lookups within one request', () => {
  it('gives a symbol written after its film was renamed the new URL and title', async () => {
    const renamed = { title: `Renamed ${unique()}`, slug: `renamed-${unique()}` }
    let after!: FilmSymbol
    await inOneRequest(async (req) => {
      const film = await payload.create({
        collection: 'films',
        data: { title: `Film ${unique()}`, _status: 'published' } as Film,
        req,
      })
      // Looks the film up as it was named.
      await symbolOf(req, film.id, `Before ${unique()}`)
      await payload.update({ collection: 'films', id: film.id, data: renamed, req })
      after = await symbolOf(req, film.id, `After ${unique()}`)
    })

    expect((await entryOf(after))?.url).toBe(paths.symbol(renamed.slug, after.slug))
    expect((await stored(after)).meta?.title).toBe(`${after.name} in ${renamed.title}`)
  })

  it('keeps a symbol written after its film was unpublished out of the index', async () => {
    let before!: FilmSymbol, after!: FilmSymbol
    await inOneRequest(async (req) => {
      const film = await payload.create({
        collection: 'films',
        data: { title: `Film ${unique()}`, _status: 'published' } as Film,
        req,
      })
      before = await symbolOf(req, film.id, `Before ${unique()}`)
      await payload.update({ collection: 'films', id: film.id, data: { _status: 'draft' }, req })
      after = await symbolOf(req, film.id, `After ${unique()}`)
    })

    expect(await entryOf(after)).toBeUndefined()
    expect(await entryOf(before)).toBeUndefined()
  })

  it('forgets what it read once its transaction ends, as a request writing one job after another', async () => {
    let film!: Film, after!: FilmSymbol
    const req = await inOneRequest(async (within) => {
      film = await payload.create({
        collection: 'films',
        data: { title: `Film ${unique()}`, _status: 'published' } as Film,
        req: within,
      })
      await symbolOf(within, film.id, `Before ${unique()}`)
    })
    // Another request unpublishes the film between the two transactions.
    await payload.update({ collection: 'films', id: film.id, data: { _status: 'draft' } })
    await inOneRequest(async (within) => {
      after = await symbolOf(within, film.id, `After ${unique()}`)
    }, req)

    expect(await entryOf(after)).toBeUndefined()
  })
})
