import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorState, linkNode, textNode } from '../helpers/lexicalNodes'
import { injectedMarkup } from '../helpers/markup'
import { useBrowser } from './helpers/browser'
import { apiRequest, getPage, login, url } from './helpers/http'

// An editor (or a stolen editor account) writes script into every field a reader sees; every
// public surface must show it as text. Content is created over REST as the editor, published,
// then read back as an anonymous visitor: the HTML, the JSON-LD, the feed and the sitemap are
// checked for live markup, and Chromium for a dialog actually firing.

type Json = Record<string, any>

const marker = randomBytes(3)
  .toString('hex')
  .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)
const SCRIPT = `</script><script>alert(1)</script> ${marker}`
const IMG = `<img src=x onerror=alert(1)> ${marker}`
const ATTR = `" onmouseover="alert(1)" x=" ${marker}`
const slugs = {
  film: `xss-film-${marker}`,
  symbol: `xss-symbol-${marker}`,
  essay: `xss-essay-${marker}`,
  theme: `xss-theme-${marker}`,
  person: `xss-person-${marker}`,
}

let token: string
let filmId: string | number

const api = (method: string, path: string, body?: unknown) => apiRequest(method, path, { token, body })

// Removed afterwards, newest first, so later test files see the site they expect (the home page's
// latest films, the lists).
const created: [string, string | number][] = []

async function create(collection: string, body: Json): Promise<Json> {
  const { status, json } = await api('POST', `/${collection}`, body)
  if (status !== 201) throw new Error(`POST /api/${collection} answered ${status}: ${JSON.stringify(json)}`)
  created.unshift([collection, json.doc.id])
  return json.doc
}

afterAll(async () => {
  for (const [collection, id] of created) await api('DELETE', `/${collection}/${id}`)
})

const hostileText = () =>
  editorState(
    textNode(`${SCRIPT} ${IMG} ${ATTR}`),
    linkNode('javascript:alert(1)'),
    linkNode('JaVaScRiPt:alert(1)'),
    linkNode('data:text/html,<script>alert(1)</script>'),
    linkNode('https://example.com/safe'),
  )
const meta = (what: string) => ({ title: `${what} ${SCRIPT}`, description: `${IMG} ${ATTR}` })

// Pages that must show the hostile text, and lists that may (their first page may not reach it).
const SHOWING = [
  `/films/${slugs.film}`,
  `/films/${slugs.film}/symbols/${slugs.symbol}`,
  `/essays/${slugs.essay}`,
  `/themes/${slugs.theme}`,
  `/people/${slugs.person}`,
  `/search?q=${marker}`,
  '/',
]
const LISTS = ['/films', '/themes', `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`]

beforeAll(async () => {
  token = await login('editor')

  const theme = await create('themes', {
    name: `Theme ${SCRIPT}`,
    slug: slugs.theme,
    description: IMG,
    meta: meta('Theme'),
  })
  const person = await create('people', {
    name: `Person ${SCRIPT}`,
    slug: slugs.person,
    originalName: ATTR,
    meta: meta('Person'),
  })
  const film = await create('films', {
    title: `Film ${SCRIPT}`,
    slug: slugs.film,
    logline: `${IMG} ${ATTR}`,
    tagline: SCRIPT,
    originalTitle: ATTR,
    country: IMG,
    releaseDate: '2020-01-01T12:00:00.000Z',
    directors: [person.id],
    cast: [{ person: person.id, character: `Character ${SCRIPT}` }],
    themes: [theme.id],
    meta: meta('Film'),
    _status: 'published',
  })
  filmId = film.id
  await create('symbols', {
    name: `Symbol ${SCRIPT}`,
    slug: slugs.symbol,
    film: film.id,
    meaning: hostileText(),
    context: hostileText(),
    themes: [theme.id],
    meta: meta('Symbol'),
    _status: 'published',
  })
  await create('essays', {
    title: `Essay ${SCRIPT}`,
    slug: slugs.essay,
    kind: 'analysis',
    films: [film.id],
    body: hostileText(),
    themes: [theme.id],
    meta: meta('Essay'),
    _status: 'published',
  })
})

describe('Payload at save time', () => {
  it('refuses a link URL with spaces, as a disguised scheme would need, with a 400', async () => {
    const { status, json } = await api('POST', '/essays', {
      title: `Refused ${marker}`,
      films: [filmId],
      body: editorState(linkNode('  JaVaScRiPt:alert(1)')),
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/"path":"body"/)
  })
})

describe('every public surface shows hostile editor text as text', () => {
  it.each([...SHOWING, ...LISTS])('%s', async (path) => {
    const { status, html, text } = await getPage(path)
    expect(status).toBe(200)
    expect(injectedMarkup(html)).toEqual([])
    expect(html).not.toMatch(/href=["']?\s*(?:javascript|data):/i)
    // The payload is on the page, as text: escaping, not dropping, is what is being proved.
    if (SHOWING.includes(path)) expect(text).toContain(marker)
  })

  it('shows the script text itself on the film page', async () => {
    const { text } = await getPage(`/films/${slugs.film}`)
    expect(text).toContain(`Film ${SCRIPT}`)
    expect(text).toContain(`Character ${SCRIPT}`)
  })

  it('keeps JSON-LD blocks closed and their data intact', async () => {
    for (const path of [`/films/${slugs.film}`, `/essays/${slugs.essay}`]) {
      const { html } = await getPage(path)
      const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => m[1]!,
      )
      expect(blocks.length, path).toBeGreaterThan(0)
      for (const block of blocks) expect(block).not.toMatch(/<|>/)
      const data = blocks.map((b) => JSON.parse(b) as Json)
      expect(JSON.stringify(data), path).toContain(SCRIPT.replace(/"/g, '\\"'))
    }
  })

  it('escapes the feed and the sitemap as XML', async () => {
    for (const path of ['/feed.xml', '/sitemap.xml']) {
      const response = await fetch(url(path))
      expect(response.status, path).toBe(200)
      const xml = await response.text()
      expect(xml, path).not.toMatch(/<script|<img/i)
      expect(injectedMarkup(xml), path).toEqual([])
      expect(xml, path).toContain(
        path === '/feed.xml' ? `Film &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ${marker}` : slugs.film,
      )
    }
  })
})

describe('in a browser', () => {
  const session = useBrowser()

  it('no page opens a dialog or runs the payload', async () => {
    const dialogs: string[] = []
    for (const path of [...SHOWING, ...LISTS]) {
      const { page } = await session.page()
      page.on('dialog', async (dialog) => {
        dialogs.push(`${path}: ${dialog.message()}`)
        await dialog.dismiss()
      })
      await page.goto(path, { waitUntil: 'networkidle' })
      // Hover the links the hostile text could have become, as a reader would.
      for (const link of (await page.locator('main a').all()).slice(0, 20))
        await link.hover({ timeout: 500 }).catch(() => undefined)
      expect(await page.locator('main img[src="x"]').count()).toBe(0)
    }
    expect(dialogs).toEqual([])
  })
})
