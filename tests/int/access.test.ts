import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film, User } from '@/payload-types'

import { paragraph } from './helpers/lexical'
import { makeUser, startPayload } from './helpers/payload'

// Every rule is proven through Payload's operations with access enforced (overrideAccess: false),
// as the REST and GraphQL APIs and the site's pages call them.

let payload: Payload
let writer: User, editor: User, admin: User
let published: Film, draft: Film

const as = (user: User | null) => ({ overrideAccess: false, user: user ?? undefined }) as const

const statusOf = async (id: Film['id']) => (await payload.findByID({ collection: 'films', id, depth: 0 }))._status

const rejects = async (operation: Promise<unknown>) => {
  const error = (await operation.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number } | null
  expect(error, 'the operation should have been refused').not.toBeNull()
  expect([401, 403, 404]).toContain(error?.status)
}

beforeAll(async () => {
  payload = await startPayload()
  admin = await makeUser(payload, 'admin') // first, since the first account always becomes an admin
  writer = await makeUser(payload, 'writer')
  editor = await makeUser(payload, 'editor')
  published = await payload.create({
    collection: 'films',
    data: { title: 'Published Film', slug: 'published-film', _status: 'published' },
  })
  draft = await payload.create({
    collection: 'films',
    data: { title: 'Draft Film', slug: 'draft-film', _status: 'draft' },
  })
})

describe('an anonymous visitor', () => {
  it('reads published films only', async () => {
    const { docs } = await payload.find({ collection: 'films', ...as(null) })
    expect(docs.map((f) => f.title)).toEqual(['Published Film'])
    await rejects(payload.findByID({ collection: 'films', id: draft.id, ...as(null) }))
  })

  it('does not see drafts even when asking for them', async () => {
    const { docs } = await payload.find({ collection: 'films', draft: true, ...as(null) })
    expect(docs.map((f) => f.title)).toEqual(['Published Film'])
  })

  it('reads published symbols and essays only', async () => {
    const meaning = paragraph('A sign.')
    await payload.create({
      collection: 'symbols',
      data: { name: 'Seen', slug: 'seen', film: published.id, meaning, _status: 'published' },
    })
    await payload.create({
      collection: 'symbols',
      data: { name: 'Hidden', slug: 'hidden', film: published.id, meaning, _status: 'draft' },
    })
    await payload.create({
      collection: 'essays',
      data: {
        title: 'Open',
        slug: 'open',
        kind: 'analysis',
        films: [published.id],
        body: meaning,
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'essays',
      data: {
        title: 'Closed',
        slug: 'closed',
        kind: 'analysis',
        films: [published.id],
        body: meaning,
        _status: 'draft',
      },
    })
    expect((await payload.find({ collection: 'symbols', ...as(null) })).docs.map((s) => s.name)).toEqual(['Seen'])
    expect((await payload.find({ collection: 'essays', ...as(null) })).docs.map((e) => e.title)).toEqual(['Open'])
  })

  it('cannot read versions, which hold drafts', async () => {
    await rejects(payload.findVersions({ collection: 'films', ...as(null) }))
  })

  it('reads the public taxonomy but writes nothing', async () => {
    await payload.create({ collection: 'themes', data: { name: 'Hope', slug: 'hope' } })
    expect((await payload.find({ collection: 'themes', ...as(null) })).totalDocs).toBe(1)
    await rejects(payload.create({ collection: 'films', data: { title: 'Spam', slug: 'spam' }, ...as(null) }))
    await rejects(payload.create({ collection: 'themes', data: { name: 'Spam', slug: 'spam' }, ...as(null) }))
    await rejects(
      payload.update({
        collection: 'films',
        id: published.id,
        data: { title: 'Defaced', slug: 'defaced' },
        ...as(null),
      }),
    )
    await rejects(payload.delete({ collection: 'films', id: published.id, ...as(null) }))
  })

  it('cannot list users', async () => {
    await rejects(payload.find({ collection: 'users', ...as(null) }))
  })
})

describe('a writer', () => {
  it('reads drafts', async () => {
    const { docs } = await payload.find({ collection: 'films', ...as(writer) })
    expect(docs.map((f) => f.title).sort()).toEqual(['Draft Film', 'Published Film'])
  })

  it('creates and edits drafts', async () => {
    const mine = await payload.create({
      collection: 'films',
      data: { title: 'Writer Draft', slug: 'writer-draft', _status: 'draft' },
      ...as(writer),
    })
    const edited = await payload.update({
      collection: 'films',
      id: mine.id,
      data: { logline: 'Better.' },
      ...as(writer),
    })
    expect(edited.logline).toBe('Better.')
    expect(await statusOf(mine.id)).toBe('draft')
  })

  it('cannot publish, on create or on update', async () => {
    await rejects(
      payload.create({
        collection: 'films',
        data: { title: 'Sneaky', slug: 'sneaky', _status: 'published' },
        ...as(writer),
      }),
    )
    await rejects(payload.update({ collection: 'films', id: draft.id, data: { _status: 'published' }, ...as(writer) }))
    expect(await statusOf(draft.id)).toBe('draft')
  })

  it('cannot edit or unpublish a published film', async () => {
    await rejects(
      payload.update({
        collection: 'films',
        id: published.id,
        data: { title: 'Rewritten', slug: 'rewritten' },
        ...as(writer),
      }),
    )
    await rejects(payload.update({ collection: 'films', id: published.id, data: { _status: 'draft' }, ...as(writer) }))
    const film = await payload.findByID({ collection: 'films', id: published.id })
    expect([film.title, film._status]).toEqual(['Published Film', 'published'])
  })

  it('cannot delete', async () => {
    await rejects(payload.delete({ collection: 'films', id: draft.id, ...as(writer) }))
  })

  it('cannot raise their own role', async () => {
    await payload.update({ collection: 'users', id: writer.id, data: { role: 'admin' }, ...as(writer) })
    expect((await payload.findByID({ collection: 'users', id: writer.id })).role).toBe('writer')
  })

  it('cannot read or create other users', async () => {
    const { docs } = await payload.find({ collection: 'users', ...as(writer) })
    expect(docs.map((u) => u.id)).toEqual([writer.id])
    await rejects(
      payload.create({
        collection: 'users',
        data: { email: 'x@example.test', password: 'long enough pw', name: 'X', role: 'writer' },
        ...as(writer),
      }),
    )
  })
})

describe('an editor', () => {
  it('publishes and unpublishes', async () => {
    const film = await payload.create({
      collection: 'films',
      data: { title: 'To Publish', slug: 'to-publish', _status: 'draft' },
      ...as(editor),
    })
    await payload.update({ collection: 'films', id: film.id, data: { _status: 'published' }, ...as(editor) })
    expect(
      (await payload.find({ collection: 'films', where: { id: { equals: film.id } }, ...as(null) })).totalDocs,
    ).toBe(1)
    await payload.update({ collection: 'films', id: film.id, data: { _status: 'draft' }, ...as(editor) })
    expect(
      (await payload.find({ collection: 'films', where: { id: { equals: film.id } }, ...as(null) })).totalDocs,
    ).toBe(0)
  })

  it('edits published work and deletes', async () => {
    const film = await payload.create({
      collection: 'films',
      data: { title: 'Doomed', slug: 'doomed', _status: 'published' },
      ...as(editor),
    })
    await payload.update({ collection: 'films', id: film.id, data: { logline: 'Edited.' }, ...as(editor) })
    await payload.delete({ collection: 'films', id: film.id, ...as(editor) })
    expect((await payload.find({ collection: 'films', where: { id: { equals: film.id } } })).totalDocs).toBe(0)
  })

  it('cannot raise their own role or manage users', async () => {
    await payload.update({ collection: 'users', id: editor.id, data: { role: 'admin' }, ...as(editor) })
    expect((await payload.findByID({ collection: 'users', id: editor.id })).role).toBe('editor')
    await rejects(payload.update({ collection: 'users', id: writer.id, data: { name: 'Renamed' }, ...as(editor) }))
  })
})

describe('an admin', () => {
  it('creates users and assigns roles', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'new-editor@example.test', password: 'long enough pw', name: 'New', role: 'editor' },
      ...as(admin),
    })
    expect(user.role).toBe('editor')
    const promoted = await payload.update({
      collection: 'users',
      id: writer.id,
      data: { role: 'editor' },
      ...as(admin),
    })
    expect(promoted.role).toBe('editor')
  })
})
