import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { ROOT, runScript } from '../helpers/run'
import { getPage, url } from './helpers/http'

// Pages are served from cached content; a change must show on the very next request, with no
// rebuild and no restart, whether it comes through the API (the admin uses it) or the importer.

const accounts = inject('accounts')
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
  const response = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(accounts.editor),
  })
  token = ((await response.json()) as { token: string }).token
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
})
