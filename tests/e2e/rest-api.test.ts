import { beforeAll, describe, expect, it } from 'vitest'

import { getPage, login, url } from './helpers/http'

// Payload's REST and GraphQL APIs as a client sees them, over real HTTP against the production
// server. The global setup registered the first user (the admin), an editor and a writer.

type Json = Record<string, any>

async function api(method: string, pathname: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const response = await fetch(url(`/api${pathname}`), {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Json }
}

const titles = (json: Json) => (json.docs as { title: string }[]).map((d) => d.title)

let writerToken: string, editorToken: string

beforeAll(async () => {
  writerToken = await login('writer')
  editorToken = await login('editor')
})

describe('anonymous clients', () => {
  it('list published films only, even when asking for drafts', async () => {
    for (const query of ['', '?draft=true', '?where[slug][equals]=the-unfinished-draft']) {
      const { status, json } = await api('GET', `/films${query}`)
      expect(status).toBe(200)
      expect(titles(json)).not.toContain('The Unfinished Draft')
    }
    expect(titles((await api('GET', '/films?limit=100')).json)).toContain('Miracle in Cell No. 7')
  })

  it('cannot read drafts through GraphQL either', async () => {
    const response = await fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Films(draft: true, limit: 100) { docs { title } } }' }),
    })
    const json = (await response.json()) as { data: { Films: { docs: { title: string }[] } } }
    const list = json.data.Films.docs.map((d) => d.title)
    expect(list).toContain('Miracle in Cell No. 7')
    expect(list).not.toContain('The Unfinished Draft')
  })

  it('cannot register as the first user once there is one', async () => {
    expect(
      (
        await api('POST', '/users/first-register', {
          body: { email: 'late@example.test', password: 'a long enough password', name: 'Late' },
        })
      ).status,
    ).toBe(403)
  })

  it('write nothing', async () => {
    expect((await api('POST', '/films', { body: { title: 'Spam' } })).status).toBe(403)
    expect((await api('POST', '/themes', { body: { name: 'Spam' } })).status).toBe(403)
    expect((await api('GET', '/users')).status).toBe(403)
  })
})

describe('the editorial path over REST', () => {
  it('lets a writer draft but not publish, and an editor publish what then shows on the site', async () => {
    expect(
      (await api('POST', '/films', { token: writerToken, body: { title: 'Over The Wire', _status: 'published' } }))
        .status,
    ).toBe(403)
    const drafted = await api('POST', '/films', {
      token: writerToken,
      body: { title: 'Over The Wire', _status: 'draft' },
    })
    expect(drafted.status).toBe(201)
    const id = drafted.json.doc.id
    expect((await getPage('/films/over-the-wire')).status).toBe(404)
    expect((await api('PATCH', `/films/${id}`, { token: writerToken, body: { _status: 'published' } })).status).toBe(
      403,
    )

    const published = await api('PATCH', `/films/${id}`, { token: editorToken, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    const page = await getPage('/films/over-the-wire')
    expect(page.status).toBe(200)
    expect(page.text).toContain('Over The Wire')
  })

  it('answers a bad value with 400 and a message naming the field', async () => {
    const { status, json } = await api('POST', '/films', {
      token: editorToken,
      body: { title: 'Broken', runtimeMinutes: -5 },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('runtimeMinutes')
  })

  it('over the production server too, answers client mistakes with a 4xx that says what to fix', async () => {
    // tests/int/api-input.test.ts covers the cases on every adapter; these prove the production
    // bundle (minified, where Payload's error classes lose their names) keeps status and message.
    const unknown = await api('POST', '/films', { token: editorToken, body: { title: 'Unknown Key', bogus: 1 } })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.json)).toContain('is not a field of films')
    const missing = await api('POST', '/films', {
      token: editorToken,
      body: { title: 'Ghost Director', directors: [99999999] },
    })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('no people document with id 99999999')
    expect((await api('GET', '/films/not-an-id', { token: editorToken })).status).toBe(404)
    const paging = await api('GET', '/films?limit=abc')
    expect(paging.status).toBe(400)
    expect(JSON.stringify(paging.json)).toContain('limit must be a whole number')
    const notJson = await fetch(url('/api/films'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: '{"title":',
    })
    expect(notJson.status).toBe(400)
    const huge = await fetch(url('/api/films'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(5_000_000) }),
    })
    expect(huge.status).toBe(413)
    const graphql = await fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Films(' }),
    })
    expect(graphql.status).toBe(400)
    expect(JSON.stringify(await graphql.json())).toContain('Syntax Error')
  })

  it('does not let a writer raise their own role', async () => {
    const me = await api('GET', '/users/me', { token: writerToken })
    await api('PATCH', `/users/${me.json.user.id}`, { token: writerToken, body: { role: 'admin' } })
    expect((await api('GET', '/users/me', { token: await login('writer') })).json.user.role).toBe('writer')
  })
})
