import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film, User } from '@/payload-types'

import { makeUser, startPayload } from './helpers/payload'

// The editorial workflow: who owns a work, its review state from draft to published, and
// publishing on a schedule through Payload's jobs queue.

let payload: Payload
let admin: User, editor: User, writer: User, otherWriter: User

const as = (user: User) => ({ overrideAccess: false, user }) as const
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

let counter = 0
const newFilm = (user: User, extra: Partial<Film> = {}) => {
  counter += 1
  return payload.create({
    collection: 'films',
    data: { title: `Workflow ${counter}`, slug: `workflow-${counter}`, _status: 'draft', ...extra },
    ...as(user),
  })
}

const stored = (id: Film['id']) => payload.findByID({ collection: 'films', id, depth: 0 })
const latestDraft = (id: Film['id']) => payload.findByID({ collection: 'films', id, depth: 0, draft: true })

beforeAll(async () => {
  payload = await startPayload()
  admin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  writer = await makeUser(payload, 'writer')
  otherWriter = await makeUser(payload, 'writer')
})

describe('ownership', () => {
  it("makes the creator the author, and a writer cannot create in another's name", async () => {
    expect(idOf((await newFilm(writer)).author)).toBe(writer.id)
    expect(idOf((await newFilm(writer, { author: otherWriter.id })).author)).toBe(writer.id)
  })

  it('lets an editor assign the author, and only an editor reassign it', async () => {
    const film = await newFilm(editor, { author: writer.id })
    expect(idOf(film.author)).toBe(writer.id)
    await payload.update({
      collection: 'films',
      id: film.id,
      data: { author: otherWriter.id },
      draft: true,
      ...as(writer),
    })
    expect(idOf((await latestDraft(film.id)).author)).toBe(writer.id)
    await payload.update({
      collection: 'films',
      id: film.id,
      data: { author: otherWriter.id },
      draft: true,
      ...as(editor),
    })
    expect(idOf((await latestDraft(film.id)).author)).toBe(otherWriter.id)
  })

  it("stops a writer editing a draft once it is another writer's", async () => {
    const film = await newFilm(writer)
    await payload.update({ collection: 'films', id: film.id, data: { author: otherWriter.id }, ...as(admin) })
    await expect(
      payload.update({ collection: 'films', id: film.id, data: { logline: 'Mine now' }, ...as(writer) }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('review state', () => {
  it('goes draft → in review (by the writer) → published (by an editor), and is a filter', async () => {
    const film = await newFilm(writer)
    expect(film.review).toBe('draft')
    await payload.update({ collection: 'films', id: film.id, data: { review: 'in-review' }, ...as(writer) })
    const awaiting = await payload.find({
      collection: 'films',
      where: { review: { equals: 'in-review' } },
      ...as(editor),
    })
    expect(awaiting.docs.map((f) => f.id)).toContain(film.id)
    const published = await payload.update({
      collection: 'films',
      id: film.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published.review).toBe('published')
    expect(
      (await payload.find({ collection: 'films', where: { review: { equals: 'in-review' } }, ...as(editor) })).docs.map(
        (f) => f.id,
      ),
    ).not.toContain(film.id)
  })

  it('cannot be set to published without publishing', async () => {
    const film = await newFilm(writer)
    const updated = await payload.update({
      collection: 'films',
      id: film.id,
      data: { review: 'published' },
      ...as(writer),
    })
    expect([updated._status, updated.review]).toEqual(['draft', 'draft'])
  })

  it('returns to draft when a published work is unpublished or gets new draft edits', async () => {
    const film = await newFilm(editor, { _status: 'published' })
    expect(film.review).toBe('published')
    await payload.update({
      collection: 'films',
      id: film.id,
      data: { logline: 'A new take' },
      draft: true,
      ...as(editor),
    })
    expect((await latestDraft(film.id)).review).toBe('draft')
    expect((await stored(film.id)).review).toBe('published')
    const unpublished = await payload.update({
      collection: 'films',
      id: film.id,
      data: { _status: 'draft' },
      ...as(editor),
    })
    expect(unpublished.review).toBe('draft')
  })
})

describe('scheduled publishing', () => {
  const schedule = (film: Film, type: 'publish' | 'unpublish', by: User, waitUntil: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'films', value: film.id }, user: { relationTo: 'users', value: by.id } },
      waitUntil,
    })

  const runDueJobs = () => payload.jobs.run({ queue: 'default' })
  const soon = () => new Date(Date.now() + 60 * 60 * 1000)
  const past = () => new Date(Date.now() - 1000)

  it('publishes at the scheduled time, not before', async () => {
    const film = await newFilm(editor)
    await schedule(film, 'publish', editor, soon())
    await runDueJobs()
    expect((await stored(film.id))._status).toBe('draft')
    await schedule(film, 'publish', editor, past())
    await runDueJobs()
    expect((await stored(film.id))._status).toBe('published')
    expect((await stored(film.id)).review).toBe('published')
  })

  it('unpublishes at the scheduled time', async () => {
    const film = await newFilm(editor, { _status: 'published' })
    await schedule(film, 'unpublish', editor, past())
    await runDueJobs()
    expect((await stored(film.id))._status).toBe('draft')
  })

  it("runs as the user who scheduled it, so a writer's schedule publishes nothing", async () => {
    const film = await newFilm(writer)
    const job = await schedule(film, 'publish', writer, past())
    await runDueJobs()
    expect((await stored(film.id))._status).toBe('draft')
    expect(await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })).toMatchObject({
      hasError: true,
    })
  })

  it('lets only editors queue or run jobs through the API', async () => {
    const req = (user: User) => ({ user: { ...user, collection: 'users' } }) as never
    const queue = (user: User) =>
      payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish' }, overrideAccess: false, req: req(user) })
    await expect(queue(writer)).rejects.toMatchObject({ status: 403 })
    await expect(queue(editor)).resolves.toMatchObject({ taskSlug: 'schedulePublish' })
  })

  it('is run by the app server itself, and by nothing else that loads the config', async () => {
    const autoRun = payload.config.jobs.autoRun as (p: Payload) => Promise<unknown[]> | unknown[]
    expect(await autoRun(payload)).toEqual([])
    process.env.NEXT_RUNTIME = 'nodejs'
    try {
      expect(await autoRun(payload)).toEqual([expect.objectContaining({ queue: 'default' })])
    } finally {
      delete process.env.NEXT_RUNTIME
    }
  })
})
