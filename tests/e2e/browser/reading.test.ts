import slugify from '@sindresorhus/slugify'
import sharp from 'sharp'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { headings1, linkPaths, login, mainText, sampleFilms, useBrowser, visit } from '../helpers/browser'
import { editorState, textNode } from '../../helpers/lexicalNodes'
import { apiOk, url } from '../helpers/http'

// The reading pages that connect films: theme pages with each film's symbols and questions, the
// symbol atlas, the essays index; and what a film page adds (breadcrumbs, reading time), the 404
// page's title and the web fonts that draw a Korean title where the system has no Korean font.

const session = useBrowser()
const films = sampleFilms()
const film = (slug: string) => films.find((f) => f.slug === slug)!
const miracle = film('miracle-in-cell-no-7')
const lifeIsBeautiful = film('life-is-beautiful')
const shawshank = film('the-shawshank-redemption')

let token: string
type Doc = { id: string | number; slug: string; motif?: string | null; description?: string | null }
const api = <T = { doc: Doc }>(method: string, path: string, body?: unknown) => apiOk<T>(method, path, { token, body })
const findOne = async (collection: string, where: string): Promise<Doc> =>
  (await api<{ docs: Doc[] }>('GET', `/${collection}?${where}&depth=0&limit=1`)).docs[0]!

beforeAll(async () => {
  token = await login('editor')
})

/** The text (as written, whatever CSS does to its case) of the `container` holding the link to `href`. */
const blockOf = (page: Page, container: string, href: string) =>
  page
    .locator(container)
    .filter({ has: page.locator(`a[href="${href}"]`) })
    .first()
    .evaluate((el) => el.textContent ?? '')

describe('a theme page', () => {
  it('shows each film of the theme with its own symbols and questions, and the counts of all', async () => {
    const theme = await visit(session, '/themes/sacrifice')
    expect(await headings1(theme.page)).toEqual(['Sacrifice'])
    for (const f of [miracle, lifeIsBeautiful]) {
      const block = await blockOf(theme.page, '.theme-film', `/films/${f.slug}`)
      for (const symbol of f.symbols) expect(block, `${f.title}: ${symbol}`).toContain(symbol)
      for (const question of f.questions) expect(block, `${f.title}: ${question}`).toContain(question)
      expect(block).toContain(`${f.symbols.length} symbol`)
      // The other film's symbols are not mixed in.
      const other = f === miracle ? lifeIsBeautiful : miracle
      for (const symbol of other.symbols) expect(block).not.toContain(symbol)
    }
    const symbols = miracle.symbols.length + lifeIsBeautiful.symbols.length
    const questions = miracle.questions.length + lifeIsBeautiful.questions.length
    expect(await theme.page.locator('.theme-counts').innerText()).toBe(
      `2 films · ${symbols} symbols · ${questions} philosophical questions`,
    )
    expect(await linkPaths(theme.page)).toContain(`/films/miracle-in-cell-no-7/symbols/${slugify(miracle.symbols[0]!)}`)
    expect(theme.problems()).toEqual([])
  })

  it('and /themes show the description an editor gives a theme, with the films counted', async () => {
    const sacrifice = await findOne('themes', 'where[slug][equals]=sacrifice')
    const description = `What is given up for another, and what it costs (${Date.now()}).`
    await api('PATCH', `/themes/${sacrifice.id}`, { description })
    try {
      const theme = await visit(session, '/themes/sacrifice')
      expect(await mainText(theme.page)).toContain(description)
      const all = await visit(session, '/themes')
      const entry = await blockOf(all.page, '.theme-list li', '/themes/sacrifice')
      expect(entry).toContain(description)
      expect(entry).toContain('2 films')
    } finally {
      await api('PATCH', `/themes/${sacrifice.id}`, { description: sacrifice.description ?? null })
    }
  })

  it('answers 404 past its last page of films and for a page 1 spelled out', async () => {
    await visit(session, '/themes/sacrifice/page/2', { status: 404 })
    await visit(session, '/themes/sacrifice/page/1', { status: 404 })
  })
})

describe('the symbol atlas', () => {
  it('lists every published symbol of every film, linked to its page, from the site header', async () => {
    const home = await visit(session, '/')
    expect(await linkPaths(home.page, 'header')).toContain('/symbols')
    const atlas = await visit(session, '/symbols')
    expect(await headings1(atlas.page)).toEqual(['Symbol atlas'])
    const links = await linkPaths(atlas.page)
    for (const f of films)
      for (const symbol of f.symbols) expect(links, symbol).toContain(`/films/${f.slug}/symbols/${slugify(symbol)}`)
    expect(await mainText(atlas.page)).not.toContain('The Unfinished Draft')
    expect(atlas.problems()).toEqual([])
  })

  it('gathers the symbols of different films that share a motif, so a reader can follow it', async () => {
    const balloon = await findOne('symbols', 'where[slug][equals]=hot-air-balloon')
    const bird = await findOne('symbols', `where[slug][equals]=${slugify(shawshank.symbols[2]!)}`)
    await api('PATCH', `/symbols/${balloon.id}`, { motif: 'Flight to freedom' })
    await api('PATCH', `/symbols/${bird.id}`, { motif: 'flight to  FREEDOM' })
    try {
      const atlas = await visit(session, '/symbols')
      const motif = atlas.page.locator('.atlas__motif').filter({ hasText: 'Flight to freedom' })
      expect(await motif.count()).toBe(1)
      expect(await motif.locator('h3').innerText()).toBe('Flight to freedom in 2 films')
      const inside = await motif
        .locator('a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      expect(inside).toContain(`/films/${miracle.slug}/symbols/hot-air-balloon`)
      expect(inside).toContain(`/films/${shawshank.slug}/symbols/${bird.slug}`)
      expect(inside).toContain(`/films/${shawshank.slug}`)
    } finally {
      // An empty motif is the symbol's own slug again.
      for (const symbol of [balloon, bird]) await api('PATCH', `/symbols/${symbol.id}`, { motif: '' })
    }
    expect((await findOne('symbols', 'where[slug][equals]=hot-air-balloon')).motif).toBe('hot-air-balloon')
  })

  it('shows a symbol published since it was cached, and drops it once deleted', async () => {
    await visit(session, '/symbols')
    const name = `Paper Crane ${Date.now()}`
    const filmId = (await findOne('films', `where[slug][equals]=${miracle.slug}`)).id
    const { doc } = await api('POST', '/symbols', {
      name,
      film: filmId,
      meaning: editorState(textNode('A folded wish.')),
      _status: 'published',
    })
    try {
      expect(await mainText((await visit(session, '/symbols')).page)).toContain(name)
    } finally {
      await api('DELETE', `/symbols/${doc.id}`)
    }
    expect(await mainText((await visit(session, '/symbols')).page)).not.toContain(name)
  })

  it('is a cached list, and its internal path is not a page', async () => {
    const first = await fetch(url('/symbols'))
    const spelled = await fetch(url('/symbols?page=1&utm_source=feed'))
    expect(first.status).toBe(200)
    expect(spelled.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=/)
    expect((await fetch(url('/listing/symbols/all'))).status).toBe(404)
  })
})

describe('a symbol’s image', () => {
  it('stands beside its meaning on a wide screen, and beside the symbol in the atlas', async () => {
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3b6e8a' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'balloon.png')
    form.append('_payload', JSON.stringify({ alt: 'A hot-air balloon over the prison wall' }))
    const upload = await fetch(url('/api/media'), {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: Doc }).doc
    const balloon = await findOne('symbols', 'where[slug][equals]=hot-air-balloon')
    await api('PATCH', `/symbols/${balloon.id}`, { image: media.id })
    try {
      const symbol = await visit(session, `/films/${miracle.slug}/symbols/hot-air-balloon`, {
        viewport: { width: 1280, height: 900 },
      })
      const image = symbol.page.getByRole('img', { name: 'A hot-air balloon over the prison wall' })
      const meaning = symbol.page.getByRole('heading', { name: 'Meaning' })
      const [imageBox, meaningBox] = [await image.boundingBox(), await meaning.boundingBox()]
      expect(imageBox!.x, 'the image is to the right of the meaning').toBeGreaterThan(meaningBox!.x + meaningBox!.width)
      expect(imageBox!.y, 'at the height of the meaning').toBeLessThan(meaningBox!.y + 200)
      const atlas = await visit(session, '/symbols')
      const entry = atlas.page
        .locator('.atlas__symbol')
        .filter({ has: atlas.page.locator(`a[href="/films/${miracle.slug}/symbols/hot-air-balloon"]`) })
      expect(await entry.getByRole('img', { name: 'A hot-air balloon over the prison wall' }).count()).toBe(1)
      expect(atlas.problems()).toEqual([])
    } finally {
      await api('PATCH', `/symbols/${balloon.id}`, { image: null })
      await api('DELETE', `/media/${media.id}`)
    }
  })
})

describe('the essays index', () => {
  it('lists every published essay, newest first, from the site header', async () => {
    const home = await visit(session, '/')
    expect(await linkPaths(home.page, 'header')).toContain('/essays')
    const index = await visit(session, '/essays')
    expect(await headings1(index.page)).toEqual(['Essays'])
    const links = await linkPaths(index.page)
    for (const f of films) {
      expect(links).toContain(`/essays/${f.slug}-core-meaning`)
      for (const question of f.questions) expect(links, question).toContain(`/essays/${slugify(question)}`)
    }
    expect(index.problems()).toEqual([])
  })

  it('shows an essay published since it was cached, under its film too', async () => {
    await visit(session, '/essays')
    await visit(session, `/essays?film=${miracle.slug}`)
    const title = `On Cell No. 7, Again ${Date.now()}`
    const filmId = (await findOne('films', `where[slug][equals]=${miracle.slug}`)).id
    const { doc } = await api('POST', '/essays', {
      title,
      kind: 'analysis',
      films: [filmId],
      body: editorState(textNode('A second reading.')),
      _status: 'published',
    })
    try {
      expect(await mainText((await visit(session, '/essays')).page)).toContain(title)
      expect(await mainText((await visit(session, `/essays?film=${miracle.slug}`)).page)).toContain(title)
    } finally {
      await api('DELETE', `/essays/${doc.id}`)
    }
  })

  it('narrows to one kind, counted', async () => {
    const index = await visit(session, '/essays?kind=core-meaning')
    const essays = (await linkPaths(index.page, '.essay-list')).filter((p) => p.startsWith('/essays/'))
    expect(essays.sort()).toEqual(films.map((f) => `/essays/${f.slug}-core-meaning`).sort())
    expect(await index.page.locator('[aria-current="true"]').innerText()).toBe(`Core meaning ${films.length}`)
  })

  it('narrows to one film, and a film that is not published is a 404', async () => {
    const index = await visit(session, `/essays?film=${miracle.slug}`)
    expect(await headings1(index.page)).toEqual([`Essays on ${miracle.title}`])
    const essays = (await linkPaths(index.page, '.essay-list')).filter((p) => p.startsWith('/essays/'))
    expect(essays.sort()).toEqual(
      [...miracle.questions.map((q) => `/essays/${slugify(q)}`), `/essays/${miracle.slug}-core-meaning`].sort(),
    )
    await visit(session, '/essays?film=the-unfinished-draft', { status: 404 })
  })
})

describe('a film page', () => {
  it('has breadcrumbs (Films › title) with their JSON-LD, and says how long the analysis takes to read', async () => {
    const page = await visit(session, `/films/${miracle.slug}`)
    const crumbs = page.page.getByRole('navigation', { name: 'Breadcrumb' })
    expect(await crumbs.locator('li').allInnerTexts()).toEqual(['Films', miracle.title])
    expect(await crumbs.locator('li + li').evaluate((li) => getComputedStyle(li, '::before').content)).toBe('"›"')
    expect(await linkPaths(page.page, 'nav[aria-label="Breadcrumb"]')).toEqual(['/films'])
    const jsonLd = await page.page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}') as { '@type'?: string }))
    const trail = jsonLd.find((d) => d['@type'] === 'BreadcrumbList') as
      { itemListElement: { position: number; name: string }[] } | undefined
    expect(trail?.itemListElement.map((i) => i.name)).toEqual(['Films', miracle.title])
    expect(await page.page.locator('.film-header .eyebrow').textContent()).toMatch(/^Film analysis · \d+ min read$/)
  })

  it('shows no empty facts box for a film that has only a title', async () => {
    const title = `Only A Title ${Date.now()}`
    const { doc } = await api('POST', '/films', { title, _status: 'published' })
    try {
      const page = await visit(session, `/films/${doc.slug}`)
      expect(await headings1(page.page)).toEqual([title])
      expect(await page.page.locator('.facts').count()).toBe(0)
      expect(page.problems()).toEqual([])
    } finally {
      await api('DELETE', `/films/${doc.id}`)
    }
  })
})

describe('search results', () => {
  it('name the film a symbol or essay belongs to', async () => {
    const { page } = await visit(session, '/search?q=balloon')
    const result = page.locator('.result').filter({ has: page.getByRole('link', { name: 'Hot Air Balloon' }) })
    expect(await result.locator('.result__kind').textContent()).toBe(`Symbol · ${miracle.title}`)
  })

  it('show one field of a film as its snippet, never the tagline run into the logline', async () => {
    const { page } = await visit(session, '/search?q=doomed')
    const result = page.locator('.result').filter({ has: page.getByRole('link', { name: miracle.title, exact: true }) })
    const snippet = await result.locator('.result__snippet').innerText()
    expect(snippet).toContain('doomed')
    expect(snippet).not.toContain(miracle.logline.slice(0, 20))
    expect(snippet).not.toContain('7번방의 선물')
  })
})

describe('the 404 page', () => {
  it.each(['/no-such-page', '/films/no-such-film', '/essays?film=no-such-film'])(
    '%s is titled “Page not found — Subtext”',
    async (path) => {
      const missing = await visit(session, path, { status: 404 })
      expect(await missing.page.title()).toBe('Page not found — Subtext')
    },
  )
})

describe('typography', () => {
  it('draws the Korean original title with the site’s own Korean font, fetched from this site only', async () => {
    const tracked = await session.page()
    const origins = new Set<string>()
    const fonts: string[] = []
    tracked.page.on('request', (request) => {
      origins.add(new URL(request.url()).origin)
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname)
    })
    await tracked.page.goto(`/films/${miracle.slug}`, { waitUntil: 'networkidle' })
    const title = tracked.page.locator('.film-header .original-title')
    expect(await title.innerText()).toBe('7번방의 선물')
    const drawn = await title.evaluate(async (el) => {
      await document.fonts.ready
      const text = el.textContent ?? ''
      const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''))
      // The width the browser gives the title in the page's font against the width of the
      // system's own fallback: without a Korean font Chromium draws each syllable as the same box.
      const canvas = document.createElement('canvas').getContext('2d')!
      canvas.font = `16px "Noto Sans KR Variable"`
      const webFont = canvas.measureText(text).width
      canvas.font = '16px monospace'
      const system = canvas.measureText(text).width
      // check() asks whether every face of the family covering the text is loaded: the Hangul
      // only, since the digit is drawn by the serif and the font's Latin file is never fetched.
      const hangul = text.replace(/[^\uAC00-\uD7A3]/g, '')
      return { loaded, check: document.fonts.check('16px "Noto Sans KR Variable"', hangul), webFont, system }
    })
    expect(drawn.loaded).toContain('Noto Sans KR Variable')
    expect(drawn.check).toBe(true)
    expect(drawn.webFont).not.toBe(drawn.system)
    expect(fonts.length).toBeGreaterThan(0)
    expect([...origins]).toEqual([new URL(url('/')).origin])
    await title.screenshot({ path: 'docs/screenshots/korean-original-title.png' })
  })

  it('downloads the Korean font’s Hangul files only on a page that shows Hangul', async () => {
    const hangulFacesOn = async (path: string) => {
      const tracked = await session.page()
      await tracked.page.goto(path, { waitUntil: 'networkidle' })
      return tracked.page.evaluate(async () => {
        await document.fonts.ready
        const showsHangul = /[\uAC00-\uD7A3]/.test(document.body.innerText)
        // A face's unicode-range as [from, to] code points; Hangul syllables are U+AC00–U+D7A3.
        const ranges = (face: FontFace) =>
          face.unicodeRange.split(',').map((r) => {
            const [from, to = from] = r.trim().replace(/^U\+/i, '').split('-')
            return [parseInt(from!, 16), parseInt(to!, 16)] as const
          })
        const loaded = [...document.fonts].filter(
          (f) =>
            f.status === 'loaded' &&
            f.family.includes('Noto Sans KR') &&
            ranges(f).some(([from, to]) => to >= 0xac00 && from <= 0xd7a3),
        ).length
        return { showsHangul, loaded }
      })
    }
    const korean = await hangulFacesOn(`/films/${miracle.slug}`)
    expect(korean.showsHangul).toBe(true)
    expect(korean.loaded).toBeGreaterThan(0)
    // Only The Shawshank Redemption is a crime film: no Korean title on the page.
    expect(await hangulFacesOn('/genres/crime')).toEqual({ showsHangul: false, loaded: 0 })
  })

  it('declares Korean and Japanese faces only on a page that shows such text, and only a few', async () => {
    const cjkFacesOn = async (path: string) => {
      const { page } = await visit(session, path)
      return page.evaluate(() => [...document.fonts].filter((f) => /Noto Sans (KR|JP)/.test(f.family)).length)
    }
    // Fontsource's stylesheets declared about 240 faces on every page.
    expect(await cjkFacesOn('/genres/crime')).toBe(0)
    const korean = await cjkFacesOn(`/films/${miracle.slug}`)
    expect(korean).toBeGreaterThan(0)
    expect(korean).toBeLessThan(10)
  })

  it('does not shift the layout when the fonts arrive', async () => {
    const tracked = await session.page()
    await tracked.page.goto(`/films/${miracle.slug}`, { waitUntil: 'networkidle' })
    const shift = await tracked.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]
            resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0))
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(0), 1_000)
        }),
    )
    expect(shift).toBeLessThan(0.05)
  })
})
