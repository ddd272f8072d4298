import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { validOperators } from 'payload/shared'

import { requestFrom } from './helpers/fromAddress'
import { apiOk, login } from './helpers/http'

// Property-based fuzzing of the public HTTP surface: generated REST query strings, REST bodies
// and GraphQL documents, sent as a visitor, a writer and an editor. No answer may be a 5xx, and
// no answer to a visitor may hold the draft fixture's title or slug (unless the request itself
// carried that text and the answer merely echoes it in an error).
//
// Bounded for CI: a fixed seed (FUZZ_SEED to replay or vary it; printed), a fixed number of runs
// per property, and a time budget per property that cuts a run short without failing it.
// Requests come from their own loopback address, so the search and login limits they use up
// (a 429 is an answer like any other here) are not the address every other test uses.

const SEED = Number(process.env.FUZZ_SEED ?? 20261130)
const FROM = '127.0.0.42'
const SECRETS = [
  'The Unfinished Draft',
  'the-unfinished-draft',
  'The Locked Drawer',
  'the-locked-drawer',
  'When is a thing finished',
]

type Role = 'visitor' | 'writer' | 'editor'
const tokens: Partial<Record<Role, string>> = {}
/** Documents the fuzzed writes created, deleted afterwards so later tests see the content they expect. */
const created: { collection: string; id: string | number }[] = []
/** Documents made for the fuzzed updates, so no update ever touches the imported content. */
const scratch: { collection: string; id: string | number }[] = []
let sent = 0

async function send(role: Role, method: string, path: string, body?: string) {
  sent += 1
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (tokens[role]) headers.authorization = `JWT ${tokens[role]}`
  const response = await requestFrom(FROM, path, { method, headers, body })
  const described = `${role} ${method} ${path}${body ? ` ${body.slice(0, 500)}` : ''} → ${response.status} ${response.text.slice(0, 300)}`
  expect(response.status, described).toBeLessThan(500)
  if (role === 'visitor') {
    const asked = `${safeDecode(path)} ${body ?? ''}`.toLowerCase()
    for (const secret of SECRETS) {
      if (!asked.includes(secret.toLowerCase()))
        expect(response.text, `draft leaked: ${described}`).not.toContain(secret)
    }
  }
  return response
}

const safeDecode = (path: string) => {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

// ---- building blocks -------------------------------------------------------------------------

const COLLECTIONS = ['films', 'symbols', 'essays', 'themes', 'genres', 'people', 'media', 'users', 'search'] as const
const FIELDS = [
  'id',
  'title',
  'slug',
  'name',
  '_status',
  'review',
  'author',
  'releaseDate',
  'runtimeMinutes',
  'rating',
  'rating.score',
  'directors',
  'directors.name',
  'film',
  'film.slug',
  'film._status',
  'films',
  'films.title',
  'createdAt',
  'updatedAt',
  'poster',
  'poster.alt',
  'featured',
  'meta.title',
  'kind',
  'cast',
  'cast.person',
  'themes',
  'genres',
  'logline',
  'order',
  'body',
  'meaning',
  'email',
  'role',
  'doc',
  'url',
  'nope',
]
const JOINS = ['symbols', 'essays', 'films']

const text = fc.oneof(
  fc.constantFrom(
    '',
    'a',
    'Miracle',
    'Unfinished',
    'Locked',
    '%',
    '_',
    'null',
    'true',
    'false',
    '1',
    '0',
    '-1',
    '1e3',
    'NaN',
    '1abc',
    "1' OR '1'='1",
    '2024-05-01',
    'not-a-date',
    '\u0000',
    '\r\n',
    'x'.repeat(300),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 100 }).map(String),
)
const field = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FIELDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
)
const operator = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...validOperators) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)
const id = fc.oneof(fc.integer({ min: 0, max: 60 }).map(String), text)

type Pair = [string, string]
const enc = (value: string) => encodeURIComponent(value)
const query = (pairs: Pair[]) => pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')

/** A where clause as query-string pairs under `prefix`: conditions, lists, objects, and/or nests. */
const where = (prefix: string): fc.Arbitrary<Pair[]> =>
  fc.letrec<{ clause: Pair[] }>((tie) => ({
    clause: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      fc.tuple(field, operator, text).map(([f, o, v]): Pair[] => [[`${prefix}[${f}][${o}]`, v]]),
      fc
        .tuple(field, operator, fc.array(text, { maxLength: 3 }))
        .map(([f, o, vs]): Pair[] => vs.map((v, i) => [`${prefix}[${f}][${o}][${i}]`, v])),
      fc
        .tuple(field, operator, fc.string({ maxLength: 4 }), text)
        .map(([f, o, k, v]): Pair[] => [[`${prefix}[${f}][${o}][${k}]`, v]]),
      fc.tuple(field, text).map(([f, v]): Pair[] => [[`${prefix}[${f}]`, v]]),
      fc
        .tuple(fc.constantFrom('and', 'or'), fc.array(tie('clause'), { maxLength: 2 }))
        .map(([k, parts]) =>
          parts.flatMap((p, i) => p.map(([key, v]): Pair => [key.replace(prefix, `${prefix}[${k}][${i}]`), v])),
        ),
    ),
  })).clause

const restQuery: fc.Arbitrary<Pair[]> = fc
  .tuple(
    fc.option(where('where'), { nil: undefined }),
    fc.option(
      fc
        .array(
          fc.tuple(fc.constantFrom('', '-'), field).map(([d, f]) => `${d}${f}`),
          { maxLength: 3 },
        )
        .map((s) => s.join(',')),
      { nil: undefined },
    ),
    fc.option(text, { nil: undefined }),
    fc.option(text, { nil: undefined }),
    fc.option(fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), text), { nil: undefined }),
    fc.option(fc.array(fc.tuple(field, fc.constantFrom('true', 'false', '1', 'x')), { maxLength: 3 }), {
      nil: undefined,
    }),
    fc.option(fc.tuple(fc.constantFrom(...COLLECTIONS), field, fc.constantFrom('true', 'false', 'x')), {
      nil: undefined,
    }),
    fc.option(fc.tuple(fc.constantFrom(...JOINS), fc.constantFrom('limit', 'page', 'sort', 'count', 'where'), text), {
      nil: undefined,
    }),
    fc.option(fc.constantFrom('true', 'false', '1', 'x', ''), { nil: undefined }),
  )
  .map(([w, sort, limit, page, depth, select, populate, joins, draft]) => [
    ...(w ?? []),
    ...(sort !== undefined ? [['sort', sort] as Pair] : []),
    ...(limit !== undefined ? [['limit', limit] as Pair] : []),
    ...(page !== undefined ? [['page', page] as Pair] : []),
    ...(depth !== undefined ? [['depth', depth] as Pair] : []),
    ...(select ?? []).map(([f, v]): Pair => [`select[${f}]`, v]),
    ...(populate ? [[`populate[${populate[0]}][${populate[1]}]`, populate[2]] as Pair] : []),
    ...(joins
      ? [
          [
            joins[1] === 'where' ? `joins[${joins[0]}][where][title][equals]` : `joins[${joins[0]}][${joins[1]}]`,
            joins[2],
          ] as Pair,
        ]
      : []),
    ...(draft !== undefined ? [['draft', draft] as Pair] : []),
  ])

const restPath = fc
  .tuple(fc.constantFrom(...COLLECTIONS), fc.constantFrom('list', 'id', 'count', 'versions'), id, restQuery)
  .map(([collection, kind, docId, q]) => {
    const base =
      kind === 'list'
        ? `/api/${collection}`
        : kind === 'id'
          ? `/api/${collection}/${enc(docId)}`
          : `/api/${collection}/${kind}`
    return q.length ? `${base}?${query(q)}` : base
  })

/** A JSON value of any shape, with the strings fuzzing likes: control characters, long text. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  { maxDepth: 3, depthSize: 'small' },
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(text, fc.integer({ min: 0, max: 40 })), { maxLength: 3 }),
  fc.dictionary(field, fc.oneof(text, fc.integer()), { maxKeys: 3 }),
)
const body = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(field, value, { maxKeys: 5 }).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
)

// GraphQL: root fields with generated arguments, nested selections through relationships and
// joins, aliases, and fragments that may spread each other (cycles).
const ROOTS = ['Films', 'Symbols', 'Essays', 'Themes', 'Genres', 'People', 'Searches', 'Users']
const NESTED: Record<string, string[]> = {
  docs: [
    'id',
    'title',
    'slug',
    'name',
    '_status',
    'film',
    'films',
    'directors',
    'symbols',
    'essays',
    'poster',
    'author',
  ],
  film: ['id', 'title', 'slug', '_status', 'symbols', 'essays', 'directors'],
  films: ['id', 'title', 'slug', 'symbols'],
  directors: ['id', 'name', 'slug'],
  symbols: ['docs', 'totalDocs'],
  essays: ['docs', 'totalDocs'],
  poster: ['id', 'alt', 'url'],
  author: ['id', 'name', 'email'],
}
const gqlValue = fc.oneof(
  text.map((t) => JSON.stringify(t)),
  fc.integer({ min: -3, max: 50 }).map(String),
  fc.constantFrom('true', 'false', 'null', '[1, 2]', '{ equals: "x" }', '$v'),
)
const gqlArgs = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('limit', 'page', 'sort', 'draft', 'id'), gqlValue).map(([k, v]) => `${k}: ${v}`),
      fc
        .tuple(field, operator, gqlValue)
        .map(([f, o, v]) => `where: { ${f.replace(/\W/g, '_') || 'x'}: { ${o.replace(/\W/g, '_') || 'x'}: ${v} } }`),
    ),
    { maxLength: 2 },
  )
  .map((args) => (args.length ? `(${args.join(', ')})` : ''))

const selection = (name: string, depth: number): fc.Arbitrary<string> => {
  const children = NESTED[name]
  if (!children || depth <= 0) return fc.constant(name)
  return fc
    .array(fc.constantFrom(...children), { minLength: 1, maxLength: 3 })
    .chain((names) => fc.tuple(...names.map((n) => selection(n, depth - 1))))
    .map((parts) => `${name} { ${parts.join(' ')} }`)
}

const graphqlDocument = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.option(
          fc.string({ maxLength: 4 }).map((a) => `a${a.replace(/\W/g, '')}`),
          { nil: undefined },
        ),
        fc.constantFrom(...ROOTS),
        gqlArgs,
        fc.integer({ min: 1, max: 14 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.option(fc.tuple(fc.constantFrom('A', 'B'), fc.constantFrom('A', 'B')), { nil: undefined }),
    fc.integer({ min: 0, max: 25 }),
  )
  .chain(([roots, fragments, aliases]) =>
    fc
      .tuple(
        ...roots.map(([alias, root, args, depth]) =>
          selection('docs', depth).map((docs) => `${alias ? `${alias}: ` : ''}${root}${args} { ${docs} totalDocs }`),
        ),
      )
      .map((fields) => {
        const spread = fragments ? ' ...A' : ''
        const extra = Array.from({ length: aliases }, (_, i) => `x${i}: Films { totalDocs }`).join(' ')
        const defs = fragments
          ? ` fragment A on Film { title ...${fragments[0]} } fragment B on Film { slug ...${fragments[1]} }`
          : ''
        return `{ ${fields.join(' ')}${spread ? ` Film(id: 1) {${spread} }` : ''} ${extra} }${defs}`
      }),
  )

// ---- the properties --------------------------------------------------------------------------

const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 75_000)
const run = async <T>(name: string, share: number, numRuns: number, property: fc.IAsyncPropertyWithHooks<[T]>) => {
  const before = sent
  const started = Date.now()
  await fc.assert(property, {
    seed: SEED,
    numRuns,
    interruptAfterTimeLimit: BUDGET_MS * share,
    markInterruptAsFailure: false,
    endOnFailure: true,
  })
  console.info(`fuzz ${name}: ${sent - before} requests in ${Date.now() - started} ms`)
}

beforeAll(async () => {
  console.info(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays it), budget ${BUDGET_MS} ms`)
  for (const role of ['writer', 'editor'] as const) tokens[role] = await login(role)
  // What the fuzzed updates may change: a draft film and a theme of their own.
  const film = await apiOk<{ doc: { id: number } }>('POST', '/films', {
    token: tokens.writer,
    body: { title: 'Fuzz Scratch Film', _status: 'draft' },
  })
  const theme = await apiOk<{ doc: { id: number } }>('POST', '/themes', {
    token: tokens.writer,
    body: { name: 'Fuzz Scratch Theme' },
  })
  scratch.push({ collection: 'films', id: film.doc.id }, { collection: 'themes', id: theme.doc.id })
})

afterAll(async () => {
  const admin = await login('admin')
  for (const { collection, id: docId } of [...created, ...scratch]) {
    await apiOk('DELETE', `/${collection}/${docId}`, { token: admin }).catch(() => undefined)
  }
  console.info(`fuzz: ${sent} requests in all; ${created.length} documents created by fuzzed writes, deleted again`)
})

describe('fuzzing the public HTTP surface', () => {
  it('REST query strings: never a 5xx, never a draft for a visitor', { timeout: BUDGET_MS + 30_000 }, async () => {
    await run(
      'REST reads, visitor',
      0.3,
      1500,
      fc.asyncProperty(restPath, async (path) => void (await send('visitor', 'GET', path))),
    )
    await run(
      'REST reads, writer',
      0.1,
      400,
      fc.asyncProperty(restPath, async (path) => void (await send('writer', 'GET', path))),
    )
    await run(
      'REST reads, editor',
      0.1,
      400,
      fc.asyncProperty(restPath, async (path) => void (await send('editor', 'GET', path))),
    )
  })

  it(
    'REST bodies: never a 5xx, and whatever they create is removed again',
    { timeout: BUDGET_MS + 30_000 },
    async () => {
      const write = fc.tuple(
        fc.constantFrom<Role>('visitor', 'writer', 'editor'),
        fc.constantFrom('POST', 'PATCH'),
        fc.constantFrom(...COLLECTIONS),
        fc.nat(scratch.length - 1),
        body,
      )
      await run(
        'REST writes',
        0.25,
        700,
        fc.asyncProperty(write, async ([role, method, collection, pick, data]) => {
          // Updates only ever target the scratch documents; creates go anywhere and are tracked.
          const target = scratch[pick]!
          const path = method === 'PATCH' ? `/api/${target.collection}/${target.id}` : `/api/${collection}`
          const response = await send(role, method, path, data)
          if (method === 'POST' && response.status < 300) {
            const doc = (JSON.parse(response.text) as { doc?: { id: string | number } }).doc
            if (doc) created.push({ collection, id: doc.id })
          }
        }),
      )
    },
  )

  it('GraphQL documents: never a 5xx, never a draft for a visitor', { timeout: BUDGET_MS + 30_000 }, async () => {
    const request = fc.tuple(
      fc.constantFrom<Role>('visitor', 'visitor', 'writer', 'editor'),
      graphqlDocument,
      fc.option(fc.dictionary(fc.constantFrom('v', 'w'), value), { nil: undefined }),
    )
    await run(
      'GraphQL',
      0.25,
      700,
      fc.asyncProperty(
        request,
        async ([role, query, variables]) =>
          void (await send(role, 'POST', '/api/graphql', JSON.stringify({ query, variables }))),
      ),
    )
  })
})
