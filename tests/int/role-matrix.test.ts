import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { paragraph } from './helpers/lexical'
import { makeUser, startPayload } from './helpers/payload'

// The whole role × collection × operation matrix, each cell run through Payload's operations with
// access enforced (overrideAccess: false) as REST, GraphQL and the admin call them. A cell is
// "allowed" when the operation succeeds and has its effect; "refused" when Payload answers 401,
// 403 or 404 and nothing changed. Any other outcome fails the test.

type Actor = 'visitor' | 'writer' | 'editor' | 'admin'
type Op =
  | 'create'
  | 'read draft'
  | 'read published'
  | 'update own'
  | "update other's"
  | 'publish'
  | 'unpublish'
  | 'restore version'
  | 'delete'
type Doc = { id: number | string; _status?: string | null; title?: string | null; name?: string | null }

let payload: Payload
const users = {} as Record<Exclude<Actor, 'visitor'>, User> & { otherWriter: User }

const as = (actor: Actor) => ({ overrideAccess: false, user: actor === 'visitor' ? undefined : users[actor] }) as const

/** Resolves true when the operation went through, false when access refused it. */
const attempt = async (operation: () => Promise<unknown>): Promise<boolean> => {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return false
    throw error
  }
}

let counter = 0
const unique = () => `m${++counter}-${Date.now().toString(36)}`

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#804020' } })
    .png()
    .toBuffer()

/** A valid new document for each collection; editorial ones name an owner when given. */
function dataFor(collection: CollectionSlug, filmId: Doc['id']): Record<string, unknown> {
  const key = unique()
  switch (collection) {
    case 'films':
      return { title: `Film ${key}`, slug: key }
    case 'symbols':
      return { name: `Symbol ${key}`, slug: key, film: filmId, meaning: paragraph('A sign.') }
    case 'essays':
      return { title: `Essay ${key}`, slug: key, kind: 'analysis', films: [filmId], body: paragraph('An essay.') }
    default:
      return { name: `Name ${key}`, slug: key }
  }
}

const EDITORIAL = ['films', 'symbols', 'essays'] as const
const TAXONOMY = ['themes', 'genres', 'people'] as const
const ACTORS: Actor[] = ['visitor', 'writer', 'editor', 'admin']

// What each role may do to films, symbols and essays: writers draft their own work, editors
// publish and manage everything, visitors read what is published.
const EDITORIAL_RULES: Record<Actor, Op[]> = {
  visitor: ['read published'],
  writer: ['create', 'read draft', 'read published', 'update own', 'restore version'],
  editor: [
    'create',
    'read draft',
    'read published',
    'update own',
    "update other's",
    'publish',
    'unpublish',
    'restore version',
    'delete',
  ],
  admin: [
    'create',
    'read draft',
    'read published',
    'update own',
    "update other's",
    'publish',
    'unpublish',
    'restore version',
    'delete',
  ],
}

// Themes, genres and people are shared vocabulary: writers add and fix them, editors remove them.
const TAXONOMY_RULES: Record<Actor, Op[]> = {
  visitor: ['read published'],
  writer: ['create', 'read published', 'update own', "update other's", 'restore version'],
  editor: ['create', 'read published', 'update own', "update other's", 'restore version', 'delete'],
  admin: ['create', 'read published', 'update own', "update other's", 'restore version', 'delete'],
}

let film: Doc

beforeAll(async () => {
  payload = await startPayload()
  users.admin = await makeUser(payload, 'admin') // first, since the first account always becomes an admin
  users.editor = await makeUser(payload, 'editor')
  users.writer = await makeUser(payload, 'writer')
  users.otherWriter = await makeUser(payload, 'writer')
  film = await payload.create({
    collection: 'films',
    data: { title: 'Parent Film', slug: 'parent-film', _status: 'published' },
  })
})

/** A document made by the system, owned by `owner`, in the given state. */
async function seed(collection: CollectionSlug, owner: User | undefined, status: 'draft' | 'published'): Promise<Doc> {
  const editorial = (EDITORIAL as readonly string[]).includes(collection)
  const data = { ...dataFor(collection, film.id), ...(editorial ? { _status: status, author: owner?.id } : {}) }
  return await payload.create({ collection, data: data as never, draft: false })
}

const fetchAsSystem = async (collection: CollectionSlug, id: Doc['id'], draft = false) =>
  (await payload.findByID({ collection, id, draft, depth: 0 })) as unknown as Doc & Record<string, unknown>

const label = (doc: Doc) => doc.title ?? doc.name

const relabel = (collection: CollectionSlug, value: string) =>
  (EDITORIAL as readonly string[]).includes(collection) && collection !== 'symbols' ? { title: value } : { name: value }

/** Runs one cell of the matrix; returns whether it was allowed, after checking its effect either way. */
async function cell(collection: CollectionSlug, actor: Actor, op: Op): Promise<boolean> {
  const editorial = (EDITORIAL as readonly string[]).includes(collection)
  const own = actor === 'visitor' ? undefined : users[actor]
  switch (op) {
    case 'create': {
      const data = { ...dataFor(collection, film.id), ...(editorial ? { _status: 'draft' } : {}) }
      const before = (await payload.count({ collection })).totalDocs
      const allowed = await attempt(() => payload.create({ collection, data: data as never, ...as(actor) }))
      expect((await payload.count({ collection })).totalDocs).toBe(before + (allowed ? 1 : 0))
      return allowed
    }
    case 'read draft':
    case 'read published': {
      const doc = await seed(collection, users.otherWriter, op === 'read draft' ? 'draft' : 'published')
      let seen: Doc | undefined
      const allowed = await attempt(async () => {
        seen = await payload.findByID({ collection, id: doc.id, draft: true, depth: 0, ...as(actor) })
      })
      if (allowed) expect(label(seen!)).toBe(label(doc))
      return allowed
    }
    case 'update own':
    case "update other's": {
      const doc = await seed(collection, op === 'update own' ? own : users.otherWriter, 'draft')
      const changed = `Changed ${unique()}`
      const allowed = await attempt(() =>
        payload.update({ collection, id: doc.id, data: relabel(collection, changed), draft: editorial, ...as(actor) }),
      )
      expect(label(await fetchAsSystem(collection, doc.id, true))).toBe(allowed ? changed : label(doc))
      return allowed
    }
    case 'publish':
    case 'unpublish': {
      const doc = await seed(collection, own, op === 'publish' ? 'draft' : 'published')
      const target = op === 'publish' ? 'published' : 'draft'
      const allowed = await attempt(() =>
        payload.update({ collection, id: doc.id, data: { _status: target } as never, ...as(actor) }),
      )
      expect((await fetchAsSystem(collection, doc.id))._status).toBe(allowed ? target : doc._status)
      return allowed
    }
    case 'restore version': {
      const doc = await seed(collection, own, 'draft')
      const original = label(doc)
      await payload.update({
        collection,
        id: doc.id,
        data: relabel(collection, `Rewritten ${unique()}`),
        draft: editorial,
      })
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: doc.id } },
        sort: 'createdAt',
        limit: 1,
      })
      const allowed = await attempt(() =>
        payload.restoreVersion({ collection, id: docs[0]!.id, draft: editorial, ...as(actor) }),
      )
      const now = label(await fetchAsSystem(collection, doc.id, true))
      if (allowed) expect(now).toBe(original)
      else expect(now).not.toBe(original)
      return allowed
    }
    case 'delete': {
      const doc = await seed(collection, own, 'draft')
      const allowed = await attempt(() => payload.delete({ collection, id: doc.id, ...as(actor) }))
      expect((await payload.count({ collection, where: { id: { equals: doc.id } } })).totalDocs).toBe(allowed ? 0 : 1)
      return allowed
    }
  }
}

const OPS: Op[] = [
  'create',
  'read draft',
  'read published',
  'update own',
  "update other's",
  'publish',
  'unpublish',
  'restore version',
  'delete',
]

describe.each(EDITORIAL)('%s', (collection) => {
  const rows = ACTORS.flatMap((actor) => OPS.map((op) => ({ actor, op, allowed: EDITORIAL_RULES[actor].includes(op) })))
  it.each(rows.filter(({ actor, op }) => !(actor === 'visitor' && op === 'update own')))(
    '$actor: $op → allowed=$allowed',
    async ({ actor, op, allowed }) => {
      expect(await cell(collection, actor, op)).toBe(allowed)
    },
  )
})

describe.each(TAXONOMY)('%s', (collection) => {
  const ops = OPS.filter((op) => !['read draft', 'publish', 'unpublish', 'update own'].includes(op))
  const rows = ACTORS.flatMap((actor) => ops.map((op) => ({ actor, op, allowed: TAXONOMY_RULES[actor].includes(op) })))
  it.each(rows)('$actor: $op → allowed=$allowed', async ({ actor, op, allowed }) => {
    expect(await cell(collection, actor, op)).toBe(allowed)
  })
})

describe('media', () => {
  const upload = async (actor: Actor) => {
    const data = await png()
    return payload.create({
      collection: 'media',
      data: { alt: 'A still' },
      file: { data, mimetype: 'image/png', name: `${unique()}.png`, size: data.length },
      ...as(actor),
    })
  }
  it.each([
    ['visitor', false],
    ['writer', true],
    ['editor', true],
    ['admin', true],
  ] as const)('%s: upload → allowed=%s', async (actor, allowed) => {
    expect(await attempt(() => upload(actor))).toBe(allowed)
  })

  it.each([
    ['visitor', false],
    ['writer', false],
    ['editor', true],
    ['admin', true],
  ] as const)('%s: delete → allowed=%s', async (actor, allowed) => {
    const doc = await upload('admin')
    expect(await attempt(() => payload.delete({ collection: 'media', id: doc.id, ...as(actor) }))).toBe(allowed)
  })
})

describe('users', () => {
  const roleAfter = async (user: User | undefined, target: User, role: User['role']) => {
    await attempt(() =>
      payload.update({ collection: 'users', id: target.id, data: { role }, overrideAccess: false, user }),
    )
    return (await payload.findByID({ collection: 'users', id: target.id })).role
  }

  it.each([
    ['writer', 'editor', 'writer'],
    ['editor', 'admin', 'editor'],
  ] as const)('a %s changing their own role to %s stays a %s', async (role, wanted, expected) => {
    const self = await makeUser(payload, role)
    expect(await roleAfter(self, self, wanted)).toBe(expected)
  })

  it.each([
    ['visitor', 'writer'],
    ['writer', 'writer'],
    ['editor', 'writer'],
    ['admin', 'editor'],
  ] as const)("%s changing another user's role: role becomes %s", async (actor, expected) => {
    const target = await makeUser(payload, 'writer')
    expect(await roleAfter(as(actor).user, target, 'editor')).toBe(expected)
  })

  it.each([
    ['visitor', false],
    ['writer', false],
    ['editor', true],
    ['admin', true],
  ] as const)("%s: read another user's account → allowed=%s", async (actor, allowed) => {
    const target = await makeUser(payload, 'writer')
    expect(await attempt(() => payload.findByID({ collection: 'users', id: target.id, ...as(actor) }))).toBe(allowed)
  })

  it.each([
    ['visitor', false],
    ['writer', false],
    ['editor', false],
    ['admin', true],
  ] as const)('%s: create and delete accounts → allowed=%s', async (actor, allowed) => {
    const data = {
      email: `${unique()}@example.test`,
      password: 'correct horse battery staple',
      name: 'New',
      role: 'writer' as const,
    }
    expect(await attempt(() => payload.create({ collection: 'users', data, ...as(actor) }))).toBe(allowed)
    const target = await makeUser(payload, 'writer')
    expect(await attempt(() => payload.delete({ collection: 'users', id: target.id, ...as(actor) }))).toBe(allowed)
  })
})

describe('a published symbol or essay of a film that is not published', () => {
  const readAs = async (actor: Actor, collection: 'symbols' | 'essays', id: Doc['id'], draft: boolean) =>
    attempt(() => payload.findByID({ collection, id, draft, depth: 0, ...as(actor) }))

  it.each(['symbols', 'essays'] as const)(
    '%s: hidden from visitors until the film is published, readable by staff',
    async (collection) => {
      const draftFilm = (await payload.create({
        collection: 'films',
        data: { title: `Draft ${unique()}`, _status: 'draft' },
        draft: true,
      })) as Doc
      const data = { ...dataFor(collection, draftFilm.id), _status: 'published' }
      const doc = (await payload.create({ collection, data: data as never })) as unknown as Doc
      for (const draft of [false, true]) {
        expect(await readAs('visitor', collection, doc.id, draft), `visitor, draft=${draft}`).toBe(false)
        expect(await readAs('writer', collection, doc.id, draft), `writer, draft=${draft}`).toBe(true)
      }
      const listed = await payload.find({ collection, where: { id: { equals: doc.id } }, ...as('visitor') })
      expect(listed.totalDocs).toBe(0)
      await payload.update({ collection: 'films', id: draftFilm.id, data: { _status: 'published' } })
      expect(await readAs('visitor', collection, doc.id, false)).toBe(true)
    },
  )
})
