import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorState, textNode } from '../../helpers/lexicalNodes'
import { login, useBrowser } from '../helpers/browser'
import { apiRequest } from '../helpers/http'

// The admin saves through the same REST API that refuses unknown fields and malformed input:
// whatever the admin sends when it autosaves, saves a draft and publishes must still be accepted.
// A film with every kind of field (groups, array rows, relationships, joins, SEO meta) and an
// essay with rich text are edited in the admin as the editor.

const session = useBrowser()
const suffix = randomBytes(3)
  .toString('hex')
  .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)

let token: string
const ids: Record<'film' | 'essay' | 'person', string | number> = { film: 0, essay: 0, person: 0 }

/** A REST call as the editor that must succeed: writes answer { doc }, reads the document itself. */
async function api(method: string, path: string, body?: unknown) {
  const { status, json } = await apiRequest(method, path, { token, body })
  if (status >= 300) throw new Error(`${method} /api${path} answered ${status}: ${JSON.stringify(json)}`)
  return json
}

beforeAll(async () => {
  token = await login('editor')
  const person = (await api('POST', '/people', { name: `Admin Person ${suffix}` })).doc
  ids.person = person.id
  const film = await api('POST', '/films', {
    title: `Admin Save ${suffix}`,
    rating: { score: 7, votes: 12 },
    boxOffice: { amount: 1000, currency: 'USD' },
    directors: [person.id],
    cast: [{ person: person.id, character: 'Lead' }],
    meta: { title: 'SEO title', description: 'SEO description' },
    _status: 'published',
  })
  ids.film = film.doc.id
  const body = editorState(textNode('Body text.'))
  ids.essay = (
    await api('POST', '/essays', { title: `Admin Essay ${suffix}`, films: [film.doc.id], body, _status: 'published' })
  ).doc.id
})

// Later test files expect the site as the import left it (the home page's latest films, the lists).
afterAll(async () => {
  const made = [
    ['essays', ids.essay],
    ['films', ids.film],
    ['people', ids.person],
  ] as const
  for (const [collection, id] of made) if (id) await apiRequest('DELETE', `/${collection}/${id}`, { token })
  await apiRequest('DELETE', `/themes?where[name][like]=${suffix}`, { token })
})

/** Opens a document (or `create`) in the admin as the editor; returns the page and every API write it makes. */
/** `id` is a document's, or 'create' for the new-document view. */
async function openInAdmin(collection: string, id: string | number) {
  const tracked = await session.page({ asEditor: true })
  const writes: string[] = []
  tracked.page.on('response', async (response) => {
    const request = response.request()
    if (!new URL(response.url()).pathname.startsWith('/api/') || !['POST', 'PATCH'].includes(request.method())) return
    writes.push(
      `${request.method()} ${new URL(response.url()).pathname}${new URL(response.url()).search} → ${response.status()}${response.status() >= 400 ? ` ${await response.text().catch(() => '')}` : ''}`,
    )
  })
  await tracked.page.goto(`/admin/collections/${collection}/${id}`, { waitUntil: 'networkidle' })
  return { ...tracked, writes }
}

const waitForWrite = (writes: string[], pattern: RegExp, timeout = 20_000) =>
  expect.poll(() => writes.filter((w) => pattern.test(w)), { timeout, interval: 250 }).not.toEqual([])

describe('the admin saves through the guarded API', () => {
  it('autosaves and publishes a film with groups, rows, relationships and SEO meta', async () => {
    const { page, writes } = await openInAdmin('films', ids.film)
    await page.locator('#field-logline').fill(`Edited in the admin ${suffix}.`)
    await waitForWrite(writes, /autosave=true/)
    await page.locator('#action-save').click()
    await waitForWrite(writes, new RegExp(`PATCH /api/films/${ids.film}(?!.*autosave).* → 200`))
    expect(writes.filter((w) => !/ → 20\d/.test(w))).toEqual([])
    const saved = await api('GET', `/films/${ids.film}?depth=0`)
    expect(saved.logline).toBe(`Edited in the admin ${suffix}.`)
    expect(saved.cast[0].character).toBe('Lead')
    expect(saved.meta.title).toBe('SEO title')
  })

  it('autosaves and publishes an essay with rich text', async () => {
    const { page, writes } = await openInAdmin('essays', ids.essay)
    await page.locator('#field-title').fill(`Admin Essay ${suffix} edited`)
    await waitForWrite(writes, /autosave=true/)
    await page.locator('#action-save').click()
    await waitForWrite(writes, new RegExp(`PATCH /api/essays/${ids.essay}(?!.*autosave).* → 200`))
    expect(writes.filter((w) => !/ → 20\d/.test(w))).toEqual([])
    expect((await api('GET', `/essays/${ids.essay}?depth=0`)).title).toBe(`Admin Essay ${suffix} edited`)
  })

  it('creates a theme from the admin', async () => {
    const name = `Admin Theme ${suffix}`
    const { page, writes } = await openInAdmin('themes', 'create')
    const input = page.locator('#field-name')
    await input.waitFor({ timeout: 30_000 })
    await input.fill(name)
    await page.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          ((await api('GET', `/themes?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).docs as unknown[])
            .length,
        { timeout: 20_000 },
      )
      .toBe(1)
    // The browser reports the response after the server has stored the theme: wait for the event.
    await waitForWrite(writes, /^POST \/api\/themes/)
    expect(writes.filter((w) => !/ → 20\d/.test(w))).toEqual([])
  })
})
