import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, filmLinks, headings1, login, mainText, useBrowser, visit } from '../helpers/browser'
import { apiOk, url } from '../helpers/http'

// The editorial path as a reader sees it: what an editor publishes through the API is on the
// public page at the next request; a draft never reaches an anonymous visitor; preview
// (/preview?path=…, Next's draft mode, for a signed-in editor) shows the draft to the editor only.

const session = useBrowser()

const suffix = randomBytes(4)
  .toString('hex')
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)
const film = {
  title: `Lantern Probe ${suffix}`,
  slug: `lantern-probe-${suffix}`,
  logline: `A probe film that is first a draft (${suffix}).`,
}
const filmPath = `/films/${film.slug}`
const previewOf = (path: string) => `/preview?path=${encodeURIComponent(path)}`
const FIXTURE_DRAFT = { title: 'The Unfinished Draft', path: '/films/the-unfinished-draft' }

let token: string
let id: string | number | undefined

type FilmDoc = { doc: { id: string | number; slug: string } }

const api = (method: string, path: string, body?: unknown) => apiOk<FilmDoc>(method, path, { token, body })

/** An anonymous visitor in a fresh context: the page must be a 404 that never names the film. */
async function expectHiddenFromVisitors(path: string, title: string) {
  const { page, problems } = await visit(session, path, { status: 404 })
  expect(await page.locator('body').innerText()).not.toContain(title)
  expect(problems()).toEqual([])
}

/** An editor in a fresh context opens the preview of `path`; returns the page it lands on. */
async function preview(path: string) {
  const tracked = await session.page({ asEditor: true })
  const response = await tracked.page.goto(previewOf(path), { waitUntil: 'networkidle' })
  expect(new URL(tracked.page.url()).pathname).toBe(path)
  expect(response?.status()).toBe(200)
  return tracked
}

beforeAll(async () => {
  token = await login('editor')
  const { doc } = await api('POST', '/films', {
    title: film.title,
    logline: film.logline,
    country: 'Probeland',
    _status: 'draft',
  })
  id = doc.id
  expect(doc.slug).toBe(film.slug)
})

afterAll(async () => {
  if (id !== undefined) await api('DELETE', `/films/${id}`).catch(() => undefined)
})

describe('a draft', () => {
  it('is a 404 for an anonymous visitor, and is in no list or search', async () => {
    await expectHiddenFromVisitors(filmPath, film.title)
    for (const path of ['/', '/films', `/films?country=Probeland`]) {
      const { page } = await visit(session, path)
      expect(await filmLinks(page, 'body'), path).not.toContain(film.slug)
      expect(await page.locator('body').innerText(), path).not.toContain(film.title)
    }
    // The search page repeats the query, so look at its results only.
    const search = await visit(session, `/search?q=${encodeURIComponent(film.title)}`)
    expect(await filmLinks(search.page, 'body')).not.toContain(film.slug)
    expect(await search.page.locator('main li:has(mark)').count()).toBe(0)
  })

  it('shows to an editor through preview', async () => {
    const { page, problems } = await preview(filmPath)
    expect(await headings1(page)).toEqual([film.title])
    expect(await mainText(page)).toContain(film.logline)
    expect(problems()).toEqual([])
  })

  it('shows the imported draft to an editor through preview, never to a visitor', async () => {
    const { page } = await preview(FIXTURE_DRAFT.path)
    expect(await headings1(page)).toEqual([FIXTURE_DRAFT.title])
    await expectHiddenFromVisitors(FIXTURE_DRAFT.path, FIXTURE_DRAFT.title)
    await expectHiddenFromVisitors('/films/the-unfinished-draft/symbols/the-locked-drawer', 'The Locked Drawer')
  })

  it('is not previewed for an anonymous visitor, who gets no draft-mode cookie', async () => {
    const tracked = await session.page()
    await tracked.page.goto(previewOf(filmPath))
    expect(await tracked.page.locator('body').innerText()).not.toContain(film.title)
    expect((await tracked.context.cookies()).map((c) => c.name)).not.toContain('__prerender_bypass')

    // A visitor who was never logged in, however they ask, still gets the 404.
    await expectHiddenFromVisitors(filmPath, film.title)
  })

  it('preview never redirects off the site', async () => {
    for (const target of ['https://example.com/', '//example.com/films', '/\\example.com']) {
      const response = await fetch(url(previewOf(target)), {
        redirect: 'manual',
        headers: { cookie: `payload-token=${token}` },
      })
      const location = response.headers.get('location')
      if (location)
        expect(new URL(location, baseURL()).origin, `${target} → ${location}`).toBe(new URL(baseURL()).origin)
    }
  })
})

describe('publishing through the API', () => {
  it('puts the film on its public page, in the list and in search at the next request', async () => {
    await api('PATCH', `/films/${id}`, { _status: 'published' })
    const { page, problems } = await visit(session, filmPath)
    expect(await headings1(page)).toEqual([film.title])
    expect(await mainText(page)).toContain(film.logline)
    expect(problems()).toEqual([])

    const list = await visit(session, '/films?country=Probeland')
    expect(await filmLinks(list.page)).toEqual([film.slug])
    const search = await visit(session, `/search?q=${encodeURIComponent(film.title)}`)
    expect(await filmLinks(search.page)).toContain(film.slug)
  })

  it('shows an edit of the published film at the next request', async () => {
    const logline = `A probe film, published and then edited (${suffix}).`
    await api('PATCH', `/films/${id}`, { logline, _status: 'published' })
    const { page } = await visit(session, filmPath)
    expect(await mainText(page)).toContain(logline)
    expect(await mainText(page)).not.toContain(film.logline)
    film.logline = logline
  })

  it('keeps a draft edit of a published film out of the public page, while preview shows it', async () => {
    const draftLogline = `An unpublished rewrite of the logline (${suffix}).`
    await api('PATCH', `/films/${id}?draft=true`, { logline: draftLogline })
    const visitor = await visit(session, filmPath)
    expect(await mainText(visitor.page)).toContain(film.logline)
    expect(await mainText(visitor.page)).not.toContain(draftLogline)

    const editor = await preview(filmPath)
    expect(await mainText(editor.page)).toContain(draftLogline)
  })

  it('takes an unpublished film off the site at the next request, even with a draft edit pending', async () => {
    await api('PATCH', `/films/${id}`, { _status: 'draft' })
    await expectHiddenFromVisitors(filmPath, film.title)
    const list = await visit(session, '/films?country=Probeland')
    expect(await filmLinks(list.page)).toEqual([])
  })
})
