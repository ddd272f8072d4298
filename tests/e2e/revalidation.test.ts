import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { ROOT, runScript } from '../helpers/run'
import { getPage, login, url } from './helpers/http'

// Pages are served from cached content; a change must show on the very next request, with no
// rebuild and no restart, whether it comes through the API (the admin uses it) or the importer.

let token: string

async function api(method: string, pathname: string, body?: unknown) {
  const response = await fetch(url(`/api${pathname}`), {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: await response.json() }
}

const filmId = async (slug: string) =>
  (await api('GET', `/films?where[slug][equals]=${slug}&depth=0`)).json.docs[0].id as string | number

beforeAll(async () => {
  token = await login('editor')
})

describe('a published change shows on the next request', () => {
  it('an edit to a film', async () => {
    const before = await getPage('/films/i-am-sam')
    expect(before.text).not.toContain('A freshly edited logline')
    expect(
      (await api('PATCH', `/films/${await filmId('i-am-sam')}`, { logline: 'A freshly edited logline.' })).status,
    ).toBe(200)
    expect((await getPage('/films/i-am-sam')).text).toContain('A freshly edited logline.')
    expect((await getPage('/')).text).toContain('A freshly edited logline.')
  })

  it('unpublishing and publishing again', async () => {
    const id = await filmId('life-is-beautiful')
    expect((await getPage('/films/life-is-beautiful')).status).toBe(200)
    expect((await api('PATCH', `/films/${id}`, { _status: 'draft' })).status).toBe(200)
    expect((await getPage('/films/life-is-beautiful')).status).toBe(404)
    expect((await getPage('/')).text).not.toContain('Life Is Beautiful')
    expect((await api('PATCH', `/films/${id}`, { _status: 'published' })).status).toBe(200)
    expect((await getPage('/films/life-is-beautiful')).status).toBe(200)
  })

  it('a film added by the import command while the site runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'subtext-live-import-'))
    const file = path.join(dir, 'a-late-arrival.txt')
    const seed = readFileSync(path.join(ROOT, 'src/seed/films/i-am-sam.txt'), 'utf8')
    writeFileSync(file, seed.replace(/I Am Sam/g, 'A Late Arrival'))
    expect((await getPage('/')).text).not.toContain('A Late Arrival')
    const { code, stderr } = await runScript('import', [file], inject('serverEnv'))
    expect(code, stderr).toBe(0)
    expect((await getPage('/films/a-late-arrival')).status).toBe(200)
    expect((await getPage('/')).text).toContain('A Late Arrival')
  })

  it('an edit to a symbol, on its own page and on its film’s page', async () => {
    const { docs } = (await api('GET', '/symbols?where[film.slug][equals]=i-am-sam&limit=1&depth=0')).json
    const symbol = docs[0] as { id: string | number; slug: string }
    const page = `/films/i-am-sam/symbols/${symbol.slug}`
    const name = `A Renamed Symbol ${Date.now()}`
    expect((await getPage(page)).text).not.toContain(name)
    expect((await getPage('/films/i-am-sam')).text).not.toContain(name)
    expect((await api('PATCH', `/symbols/${symbol.id}`, { name })).status).toBe(200)
    expect((await getPage(page)).text).toContain(name)
    expect((await getPage('/films/i-am-sam')).text).toContain(name)
  })

  it('a new film in a filtered list, and gone from it and its page once deleted', async () => {
    const genre = (await api('GET', '/genres?limit=1&depth=0&sort=slug')).json.docs[0] as {
      id: string | number
      slug: string
    }
    const title = `A Passing Film ${Date.now()}`
    const slug = title.toLowerCase().replace(/\s+/g, '-')
    const list = `/films?genre=${genre.slug}&sort=-releaseDate`
    expect((await getPage(list)).text).not.toContain(title)
    const created = await api('POST', '/films', {
      title,
      slug,
      logline: 'Here for one test.',
      genres: [genre.id],
      releaseDate: '2099-01-01T12:00:00.000Z',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    expect((await getPage(list)).text).toContain(title)
    expect((await getPage(`/films/${slug}`)).status).toBe(200)
    expect((await api('DELETE', `/films/${created.json.doc.id}`)).status).toBe(200)
    expect((await getPage(`/films/${slug}`)).status).toBe(404)
    expect((await getPage(list)).text).not.toContain(title)
  })
})
