import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Film, Person } from '@/payload-types'

import { apiClient, type ApiResponse } from './helpers/api'
import { paragraph } from './helpers/lexical'
import { makeUser, startPayload } from './helpers/payload'

// Malformed input over REST and GraphQL, through Payload's own route handlers, on every adapter
// the integration suite runs on: each case must be a 4xx whose message says what to fix.

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let token: string
let film: Film
let person: Person

beforeAll(async () => {
  payload = await startPayload()
  api = await apiClient(payload)
  token = await api.token((await makeUser(payload, 'editor')).email)
  person = await payload.create({ collection: 'people', data: { name: 'Ryu Seung-ryong' } as Person })
  film = await payload.create({
    collection: 'films',
    data: { title: 'Guarded', _status: 'published', directors: [person.id] } as Film,
  })
})

let titles = 0
const fresh = () => `Case ${++titles}`
const meaning = paragraph('What it means.')

type Case = {
  label: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: () => string
  body?: () => unknown
  raw?: string
  contentType?: string
  status: number
  message: RegExp
}

const cases: Case[] = [
  // Bodies that are not a JSON object
  {
    label: 'malformed JSON',
    method: 'POST',
    path: () => '/films',
    raw: '{"title":',
    status: 400,
    message: /Invalid JSON/,
  },
  {
    label: 'a form-encoded body',
    method: 'POST',
    path: () => '/films',
    raw: 'title=x',
    contentType: 'application/x-www-form-urlencoded',
    status: 400,
    message: /JSON object/,
  },
  {
    label: 'a text body',
    method: 'POST',
    path: () => '/essays',
    raw: 'title',
    contentType: 'text/plain',
    status: 400,
    message: /JSON object/,
  },
  {
    label: 'an array body',
    method: 'POST',
    path: () => '/symbols',
    body: () => [],
    status: 400,
    message: /JSON object/,
  },
  {
    label: 'a string body',
    method: 'POST',
    path: () => '/themes',
    body: () => 'a theme',
    status: 400,
    message: /JSON object/,
  },
  {
    label: 'a null body',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => null,
    status: 400,
    message: /JSON object/,
  },
  {
    label: 'a null body for an account',
    method: 'POST',
    path: () => '/users',
    body: () => null,
    status: 400,
    message: /JSON object/,
  },
  {
    label: 'a null body for an upload',
    method: 'POST',
    path: () => '/media',
    body: () => null,
    status: 400,
    message: /JSON object/,
  },

  // Unknown fields, at the top and nested
  {
    label: 'an unknown film field',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), bogus: 1 }),
    status: 400,
    message: /"bogus" is not a field of films/,
  },
  {
    label: 'an unknown key in a group',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), rating: { score: 5, bogus: 1 } }),
    status: 400,
    message: /"rating\.bogus" is not a field/,
  },
  {
    label: 'an unknown key in an array row',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), cast: [{ person: person.id, role: 'lead' }] }),
    status: 400,
    message: /"cast\.0\.role" is not a field/,
  },
  {
    label: 'an unknown key in the SEO group',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => ({ meta: { keywords: 'x' } }),
    status: 400,
    message: /"meta\.keywords"/,
  },
  {
    label: 'an unknown symbol field',
    method: 'POST',
    path: () => '/symbols',
    body: () => ({ name: fresh(), film: film.id, meaning, colour: 'red' }),
    status: 400,
    message: /"colour" is not a field of symbols/,
  },
  {
    label: 'an unknown essay field',
    method: 'POST',
    path: () => '/essays',
    body: () => ({ title: fresh(), films: [film.id], body: meaning, subtitle: 'x' }),
    status: 400,
    message: /"subtitle" is not a field of essays/,
  },
  {
    label: 'an unknown theme field',
    method: 'POST',
    path: () => '/themes',
    body: () => ({ name: fresh(), bogus: true }),
    status: 400,
    message: /"bogus" is not a field of themes/,
  },
  {
    label: 'an unknown person field',
    method: 'PATCH',
    path: () => `/people/${person.id}`,
    body: () => ({ birthday: '1970-01-01' }),
    status: 400,
    message: /"birthday" is not a field of people/,
  },
  {
    label: 'an unknown user field',
    method: 'POST',
    path: () => '/users',
    body: () => ({ email: 'x@example.test', password: 'correct horse battery staple', name: 'X', isAdmin: true }),
    status: 400,
    message: /"isAdmin" is not a field of users/,
  },

  // Values out of range or of the wrong type
  {
    label: 'a runtime of 0',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), runtimeMinutes: 0 }),
    status: 400,
    message: /runtimeMinutes.*from 1 to 1000|from 1 to 1000/,
  },
  {
    label: 'a runtime of 100000',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), runtimeMinutes: 100000 }),
    status: 400,
    message: /from 1 to 1000/,
  },
  {
    label: 'a runtime that is text',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => ({ runtimeMinutes: 'abc' }),
    status: 400,
    message: /Enter a number/,
  },
  {
    label: 'a rating of 11',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), rating: { score: 11 } }),
    status: 400,
    message: /Rating > Score.*|from 0 to 10/,
  },
  {
    label: 'an unknown essay kind',
    method: 'POST',
    path: () => '/essays',
    body: () => ({ title: fresh(), kind: 'rant', films: [film.id], body: meaning }),
    status: 400,
    message: /Kind/,
  },
  {
    label: 'a date that is not a date',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), releaseDate: '31/31/2020' }),
    status: 400,
    message: /not a valid date/,
  },
  {
    label: 'a relationship to a missing person',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), directors: [99999999] }),
    status: 400,
    message: /no people document with id 99999999/,
  },
  {
    label: 'a relationship to a missing film',
    method: 'POST',
    path: () => '/symbols',
    body: () => ({ name: fresh(), film: 99999999, meaning }),
    status: 400,
    message: /no films document with id 99999999/,
  },
  {
    label: 'an upload that does not exist',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => ({ poster: 99999999 }),
    status: 400,
    message: /no media document/,
  },
  ...[1.5, 3.125794179035401e62].map((poster) => ({
    label: `an upload id that no document can have (${poster})`,
    method: 'PATCH' as const,
    path: () => `/films/${film.id}`,
    body: () => ({ poster }),
    status: 400,
    message: /no media document/,
  })),
  {
    label: 'a malformed relationship id',
    method: 'POST',
    path: () => '/symbols',
    body: () => ({ name: fresh(), film: 'abc', meaning }),
    status: 400,
    message: /Film/,
  },
  {
    label: 'rich text that is a string',
    method: 'POST',
    path: () => '/essays',
    body: () => ({ title: fresh(), films: [film.id], body: 'plain' }),
    status: 400,
    message: /Body/,
  },
  {
    label: 'a 2 MB title',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: 'x'.repeat(2_000_000) }),
    status: 400,
    message: /title: Enter at most 300 characters/,
  },
  {
    label: 'a 5 MB body',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: 'x'.repeat(5_000_000) }),
    status: 413,
    message: /larger than 4 MB/,
  },
  {
    label: 'a 5 MB string body',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    raw: `"${'x'.repeat(5_000_000)}"`,
    status: 413,
    message: /larger than 4 MB/,
  },
  {
    label: 'a group given as text',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), rating: 'high' }),
    status: 400,
    message: /rating: Send an object of its fields \(score, votes\)/,
  },
  {
    label: 'a 20,000-character slug',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: fresh(), slug: 'a'.repeat(20_000) }),
    status: 400,
    message: /slug: Enter at most 120 characters/,
  },
  {
    label: 'a 301-character draft title',
    method: 'POST',
    path: () => '/films?draft=true',
    body: () => ({ title: 'x'.repeat(301), _status: 'draft' }),
    status: 400,
    message: /title: Enter at most 300 characters/,
  },
  {
    label: 'a title with NUL',
    method: 'POST',
    path: () => '/films',
    body: () => ({ title: `${fresh()}\u0000hidden` }),
    status: 400,
    message: /title: Remove the control characters/,
  },
  {
    label: 'a title with a line break',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => ({ title: 'Two\nlines' }),
    status: 400,
    message: /title: Remove the control characters/,
  },
  {
    label: 'a logline with a NUL',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => ({ logline: 'a\u0000b' }),
    status: 400,
    message: /logline: Remove the control characters/,
  },
  {
    label: 'a date given as a list',
    method: 'POST',
    path: () => '/themes',
    body: () => ({ name: fresh(), createdAt: ['4'] }),
    status: 400,
    message: /createdAt: This is not a valid date/,
  },
  {
    label: 'a draft with a runtime as text',
    method: 'POST',
    path: () => '/films?draft=true',
    body: () => ({ title: fresh(), _status: 'draft', runtimeMinutes: 'long' }),
    status: 400,
    message: /runtimeMinutes: Enter a number/,
  },
  {
    label: 'a draft with a checkbox as text',
    method: 'POST',
    path: () => '/films?draft=true',
    body: () => ({ title: fresh(), _status: 'draft', featured: 'yes' }),
    status: 400,
    message: /featured: Send true or false/,
  },
  {
    label: 'a slug with spaces, on update',
    method: 'PATCH',
    path: () => `/films/${film.id}`,
    body: () => ({ slug: 'has spaces' }),
    status: 400,
    message: /lowercase letters, digits and single hyphens/,
  },
  {
    label: 'an invalid email',
    method: 'POST',
    path: () => '/users',
    body: () => ({ email: 'nope', password: 'correct horse battery staple', name: 'N' }),
    status: 400,
    message: /Email/,
  },

  // Malformed reads
  {
    label: 'limit=-1',
    method: 'GET',
    path: () => '/films?limit=-1',
    status: 400,
    message: /limit must be a whole number/,
  },
  {
    label: 'limit=abc',
    method: 'GET',
    path: () => '/symbols?limit=abc',
    status: 400,
    message: /limit must be a whole number/,
  },
  {
    label: 'depth=abc',
    method: 'GET',
    path: () => '/essays?depth=abc',
    status: 400,
    message: /depth must be a whole number/,
  },
  {
    label: 'page=0',
    method: 'GET',
    path: () => '/themes?page=0',
    status: 400,
    message: /page must be a whole number of 1 or more/,
  },
  {
    label: 'sort=nope',
    method: 'GET',
    path: () => '/films?sort=nope',
    status: 400,
    message: /Cannot sort films by "nope"/,
  },
  {
    label: 'sort=-nope',
    method: 'GET',
    path: () => '/people?sort=-nope',
    status: 400,
    message: /Cannot sort people by "nope"/,
  },
  {
    label: 'where on an unknown field',
    method: 'GET',
    path: () => '/films?where[nope][equals]=1',
    status: 400,
    message: /cannot be queried: nope/,
  },
  {
    label: 'where with an unknown operator',
    method: 'GET',
    path: () => '/films?where[title][bogus_op]=1',
    status: 400,
    message: /cannot be queried/,
  },
  {
    label: 'where on a relationship with a malformed id',
    method: 'GET',
    path: () => '/films?where[directors][equals]=abc',
    status: 400,
    message: /"abc" is not a valid people id/,
  },
  {
    label: 'where on the id with a malformed id',
    method: 'GET',
    path: () => '/symbols?where[id][in]=1,abc',
    status: 400,
    message: /"abc" is not a valid symbols id/,
  },
  {
    label: 'where on a date with a non-date',
    method: 'GET',
    path: () => '/films?where[releaseDate][greater_than]=soon',
    status: 400,
    message: /"soon" is not a date/,
  },
  {
    label: 'where like with a list',
    method: 'GET',
    path: () => '/films?where[title][like][0]=a&where[title][like][1]=b',
    status: 400,
    message: /where\[title\]\[like\] takes one value/,
  },
  {
    label: 'where equals with an object',
    method: 'GET',
    path: () => '/films?where[title][equals][foo]=bar',
    status: 400,
    message: /where\[title\]\[equals\] takes one value/,
  },
  {
    label: 'where near on a text field',
    method: 'GET',
    path: () => '/films?where[title][near]=1,2',
    status: 400,
    message: /a text field cannot be filtered with "near"/,
  },
  {
    label: 'where without an operator',
    method: 'GET',
    path: () => '/films?where[title]=x',
    status: 400,
    message: /where\[title\] needs an operator/,
  },
  {
    label: 'where on a number with text',
    method: 'GET',
    path: () => '/films?where[runtimeMinutes][greater_than]=long',
    status: 400,
    message: /"long" is not a number/,
  },
  {
    label: 'where exists with a non-boolean',
    method: 'GET',
    path: () => '/films?where[poster][exists]=maybe',
    status: 400,
    message: /takes true or false/,
  },
  {
    label: 'where or that is not a list',
    method: 'GET',
    path: () => '/films?where[or]=x',
    status: 400,
    message: /where\[or\] must be a list/,
  },
  {
    label: 'an id with trailing text',
    method: 'GET',
    path: () => `/films/${film.id}abc`,
    status: 404,
    message: /Not Found/,
  },
  {
    label: 'an id with SQL after it',
    method: 'GET',
    path: () => `/films/${film.id}${encodeURIComponent("' OR '1'='1")}`,
    status: 404,
    message: /Not Found/,
  },
  {
    label: 'an update of an id with trailing text',
    method: 'PATCH',
    path: () => `/films/${film.id}x`,
    body: () => ({ title: 'x' }),
    status: 404,
    message: /Not Found/,
  },
  { label: 'a malformed search index id', method: 'GET', path: () => '/search/abc', status: 404, message: /Not Found/ },
  {
    label: 'a search index read with a malformed where',
    method: 'GET',
    path: () => '/search?where[title][like][0]=a&where[title][like][1]=b',
    status: 400,
    message: /where\[title\]\[like\] takes one value/,
  },
  {
    label: 'the versions of accounts, which keep none',
    method: 'GET',
    path: () => '/users/versions?limit=1',
    status: 404,
    message: /users keeps no versions/,
  },
  {
    label: 'the versions of the search index, which keeps none',
    method: 'GET',
    path: () => '/search/versions',
    status: 404,
    message: /search keeps no versions/,
  },
  {
    label: 'a malformed document id',
    method: 'GET',
    path: () => '/films/not-an-id',
    status: 404,
    message: /Not Found/,
  },
  { label: 'a missing document id', method: 'GET', path: () => '/films/99999999', status: 404, message: /Not Found/ },
  {
    label: 'an update of a malformed id',
    method: 'PATCH',
    path: () => '/essays/not-an-id',
    body: () => ({ title: 'x' }),
    status: 404,
    message: /Not Found/,
  },
  {
    label: 'a delete of a malformed id',
    method: 'DELETE',
    path: () => '/symbols/not-an-id',
    status: 404,
    message: /Not Found/,
  },
]

/** Every message in the answer, the field errors' included, so a case can match what the client reads. */
const messageOf = (response: ApiResponse): string => {
  const messages: string[] = []
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'message' || key === 'path') messages.push(String(v))
        else collect(v)
      }
    }
  }
  collect(response.json)
  return messages.join(' | ') || response.text
}

describe('REST answers malformed input from an editor with a 4xx that says what to fix', () => {
  it.each(cases)('$label → $status', async ({ method, path, body, raw, contentType, status, message }) => {
    const response = await api.rest(method, path(), { token, body: body?.(), raw, contentType })
    expect(response.status, messageOf(response)).toBe(status)
    expect(messageOf(response)).toMatch(message)
  })

  it('writes nothing for a rejected document', async () => {
    const before = (await payload.count({ collection: 'films' })).totalDocs
    expect((await api.rest('POST', '/films', { token, body: { title: 'Never Saved', bogus: 1 } })).status).toBe(400)
    expect((await payload.count({ collection: 'films' })).totalDocs).toBe(before)
  })
})

describe('what clients and the admin legitimately send is still accepted', () => {
  it('a document read over REST can be written back whole, with its system keys, groups, rows and joins', async () => {
    const created = await api.rest('POST', '/films', {
      token,
      body: {
        title: fresh(),
        rating: { score: 7.5, votes: 3 },
        cast: [{ person: person.id, character: 'Yong-gu' }],
        meta: { title: 'SEO' },
      },
    })
    expect(created.status, messageOf(created)).toBe(201)
    const read = await api.rest('GET', `/films/${created.json.doc.id}?depth=0&draft=true`, { token })
    expect(read.json.cast[0].id).toBeTruthy()
    const written = await api.rest('PATCH', `/films/${created.json.doc.id}?depth=0`, {
      token,
      body: { ...read.json, _status: 'published' },
    })
    expect(written.status, messageOf(written)).toBe(200)
    expect(written.json.doc.cast[0].character).toBe('Yong-gu')
  })

  it("an emptied list as the admin's form sends it, its row count 0, removes the rows; any other count is refused", async () => {
    const created = await api.rest('POST', '/films', {
      token,
      body: { title: fresh(), cast: [{ person: person.id, character: 'Yong-gu' }] },
    })
    expect(created.status, messageOf(created)).toBe(201)
    const emptied = await api.rest('PATCH', `/films/${created.json.doc.id}?depth=0`, { token, body: { cast: 0 } })
    expect(emptied.status, messageOf(emptied)).toBe(200)
    expect(emptied.json.doc.cast).toEqual([])
    const counted = await api.rest('PATCH', `/films/${created.json.doc.id}?depth=0`, { token, body: { cast: 2 } })
    expect(counted.status).toBe(400)
    expect(messageOf(counted)).toMatch(/cast: Send a list of rows; got 2/)
  })

  it('reads with well-formed paging, sorting and filters', async () => {
    const response = await api.rest(
      'GET',
      `/films?limit=5&page=1&depth=1&sort=-releaseDate,title&where[directors][in]=${person.id}&where[releaseDate][less_than]=2030-01-01`,
      { token },
    )
    expect(response.status, messageOf(response)).toBe(200)
    for (const sort of ['-createdAt', 'updatedAt', 'id', '_status', 'rating.score', 'meta.title', 'poster.alt']) {
      const sorted = await api.rest('GET', `/films?sort=${sort}&limit=0`, { token })
      expect(sorted.status, `${sort}: ${messageOf(sorted)}`).toBe(200)
    }
  })

  it('the Local API (importer, restore) is not filtered', async () => {
    const theme = await payload.create({ collection: 'themes', data: { name: fresh(), bogus: 1 } as never })
    expect(theme.id).toBeTruthy()
  })
})

describe('GraphQL answers client mistakes with 400 and errors', () => {
  it.each([
    ['a syntax error', '{ Films(', /Syntax Error/],
    ['an unknown field', '{ Films { docs { nope } } }', /Cannot query field "nope"/],
    ['a wrong argument type', '{ Films(limit: "abc") { docs { title } } }', /Int cannot represent/],
    ['a negative limit', '{ Films(limit: -1) { docs { title } } }', /limit must be a whole number/],
    [
      'a malformed id in where',
      '{ Films(where: { directors: { equals: "abc" } }) { docs { title } } }',
      /not a valid people id/,
    ],
    [
      'an out-of-range value',
      'mutation { createFilm(data: { title: "GQL", slug: "gql", runtimeMinutes: 0 }) { id } }',
      /from 1 to 1000/,
    ],
    [
      'an unknown input field',
      'mutation { createFilm(data: { title: "GQL", slug: "gql", bogus: 1 }) { id } }',
      /bogus/,
    ],
    [
      'a fragment that spreads itself',
      'query { Films { docs { ...A } } } fragment A on Film { title ...B } fragment B on Film { ...A }',
      /Cannot spread fragment "A" within itself via "B"/,
    ],
    [
      'a query nested too deep',
      `{ Films { docs { ${'symbols { docs { film { '.repeat(5)}title${' } } }'.repeat(5)} } } }`,
      /depth limit/,
    ],
    [
      'too many aliases',
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: Films { totalDocs }`).join(' ')} }`,
      /Aliases limit/,
    ],
    [
      'a missing relationship target',
      'mutation { createFilm(data: { title: "GQL", slug: "gql", directors: [99999999] }) { id } }',
      /no people document/,
    ],
  ])('%s', async (_label, query, message) => {
    const response = await api.graphql({ token, body: { query } })
    expect(response.status, response.text).toBe(400)
    expect(response.json.errors.length).toBeGreaterThan(0)
    expect(messageOf(response)).toMatch(message)
  })

  it.each([
    ['malformed JSON', '{"query":', /Invalid JSON/],
    ['a null body', 'null', /must be an object/],
    ['no query', '{}', /Missing query/],
    ['5 MB', JSON.stringify({ query: `{ Films { docs { title } } }${' '.repeat(5_000_000)}` }), /larger than 4 MB/],
  ])('a body with %s', async (label, raw, message) => {
    const response = await api.graphql({ token, raw })
    expect(response.status, response.text).toBe(label === '5 MB' ? 413 : 400)
    expect(messageOf(response)).toMatch(message)
  })

  it('a missing document is a 404, and a good query still a 200', async () => {
    expect((await api.graphql({ token, body: { query: '{ Film(id: 99999999) { title } }' } })).status).toBe(404)
    const ok = await api.graphql({ token, body: { query: `{ Film(id: ${JSON.stringify(film.id)}) { title } }` } })
    expect(ok.status, ok.text).toBe(200)
    expect(ok.json.data.Film.title).toBe('Guarded')
  })
})
