import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film } from '@/payload-types'

import { paragraph } from './helpers/lexical'
import { startPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

/** The field paths a rejected write names, so a test sees what the editor is told to fix. */
const invalidPaths = async (operation: Promise<unknown>): Promise<string[]> => {
  const error = (await operation.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; data?: { errors?: { path: string }[] } } | null
  expect(error?.status, 'expected a 400 validation error').toBe(400)
  return (error?.data?.errors ?? []).map((e) => e.path)
}

// The slug is generated from the title on save; the generated types cannot know that.
const film = (data: Partial<Film> & { title: string }) => payload.create({ collection: 'films', data: data as Film })

describe('film values out of range are rejected with the field named', () => {
  it.each([
    ['a negative runtime', { runtimeMinutes: -5 }, 'runtimeMinutes'],
    ['a fractional runtime', { runtimeMinutes: 90.5 }, 'runtimeMinutes'],
    ['a rating of 11', { rating: { score: 11, votes: 10 } }, 'rating.score'],
    ['negative votes', { rating: { score: 7, votes: -1 } }, 'rating.votes'],
    ['a lowercase currency', { boxOffice: { amount: 10, currency: 'usd' } }, 'boxOffice.currency'],
    ['a negative box office', { boxOffice: { amount: -10, currency: 'USD' } }, 'boxOffice.amount'],
    ['an unknown language code', { originalLanguage: 'Korean' }, 'originalLanguage'],
  ])('%s', async (_label, values, path) => {
    expect(await invalidPaths(film({ title: `Bad ${path}`, ...values }))).toContain(path)
    expect((await payload.find({ collection: 'films', where: { title: { equals: `Bad ${path}` } } })).totalDocs).toBe(0)
  })

  it('accepts the boundaries', async () => {
    const ok = await film({
      title: 'Boundaries',
      runtimeMinutes: 1,
      rating: { score: 10, votes: 0 },
      boxOffice: { amount: 0, currency: 'KRW' },
    })
    expect(ok.rating?.score).toBe(10)
  })
})

describe('slugs', () => {
  it('are generated from the title, URL-safe, with accents transliterated', async () => {
    expect((await film({ title: 'Amélie: Le Fabuleux Destin!' })).slug).toBe('amelie-le-fabuleux-destin')
  })

  it('are unique per collection', async () => {
    await film({ title: 'Twin' })
    const error = await film({ title: 'Twin' }).then(
      () => null,
      (e: { status?: number; message?: string }) => e,
    )
    expect(error?.status).toBe(400)
  })

  it('typed on create are made URL-safe; typed later, an unsafe one is refused', async () => {
    const typed = await film({ title: 'Typed', slug: 'Has Spaces/and Slashes' })
    expect(typed.slug).toBe('has-spaces-and-slashes')
    const update = payload.update({ collection: 'films', id: typed.id, data: { slug: 'Not/OK here' } })
    expect(await invalidPaths(update)).toContain('slug')
    expect((await payload.findByID({ collection: 'films', id: typed.id })).slug).toBe('has-spaces-and-slashes')
  })

  it('of symbols are unique within a film but may repeat across films', async () => {
    const a = await film({ title: 'Film A' })
    const b = await film({ title: 'Film B' })
    const meaning = paragraph('x')
    await payload.create({ collection: 'symbols', data: { name: 'The Door', slug: 'the-door', film: a.id, meaning } })
    await payload.create({ collection: 'symbols', data: { name: 'The Door', slug: 'the-door', film: b.id, meaning } })
    const again = payload.create({
      collection: 'symbols',
      data: { name: 'The Door', slug: 'the-door', film: a.id, meaning },
    })
    await expect(again).rejects.toMatchObject({ status: 400 })
    expect((await payload.find({ collection: 'symbols', where: { film: { equals: a.id } } })).totalDocs).toBe(1)
  })
})
