import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchEngine } from '../../src/lib/search'
import { parseQuery } from '../../src/lib/search/text'
import { CANDIDATES } from '../../src/lib/search/tiers'
import { startPayload } from './helpers/payload'

// Counting every match of a common word ("love" matched 130,000 rows at ten thousand films) cost
// as much as ranking them; the engines count no further than the results a visitor can page to.

let payload: Payload
const word = `wombat${Date.now().toString(36)}`

beforeAll(async () => {
  payload = await startPayload()
  const req = await createLocalReq({}, payload)
  const engine = searchEngine(payload)
  // Rows written through the adapter alone (no hooks), then indexed by the engine: quicker than a
  // thousand documents, and what is counted is the engine's index.
  const index = async (title: string) => {
    const row = (await payload.db.create({ collection: 'search', data: { title }, req })) as { id: number | string }
    await engine.write(req, { id: row.id, title, text: '' })
  }
  for (let i = 1; i <= CANDIDATES + 5; i++) await index(`${word} ${i}`)
  for (let i = 1; i <= 3; i++) await index(`${word}few ${i}`)
})

const countFor = async (query: string) =>
  (await searchEngine(payload).search(payload, parseQuery(query)!, { limit: 20, offset: 0 })).total

describe('the full-text engine counts matches', () => {
  it('exactly when they are few', async () => {
    expect(await countFor(`${word}few`)).toBe(3)
  })

  it('no further than one past the limit when they are many', async () => {
    expect(await countFor(word)).toBe(CANDIDATES + 1)
  })
})
