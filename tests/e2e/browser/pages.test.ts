import slugify from '@sindresorhus/slugify'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  filmLinks,
  headings1,
  linkPaths,
  mainText,
  sampleFilms,
  useBrowser,
  visit,
  type TrackedPage,
} from '../helpers/browser'
import { url } from '../helpers/http'

// Every page type of the reading site, in headless Chromium, against the imported sample films:
// the facts each page shows, where its links go, that drafts never appear, and that no page
// logs a console error or a failed request.

const session = useBrowser()
const films = sampleFilms()
const seed = films.find((f) => f.slug === 'miracle-in-cell-no-7')!
const DRAFT = { slug: 'the-unfinished-draft', title: 'The Unfinished Draft' }
const slugs = (list: { slug: string }[]) => list.map((f) => f.slug).sort()

describe('the home page', () => {
  let home: TrackedPage
  beforeAll(async () => {
    home = await visit(session, '/')
  })

  it('has one h1 and links to films, essays, themes and the full list', async () => {
    expect(await headings1(home.page)).toHaveLength(1)
    const paths = await linkPaths(home.page)
    expect(paths).toContain('/films/miracle-in-cell-no-7')
    expect(paths).toContain('/films/the-shawshank-redemption')
    expect(paths.some((p) => p.startsWith('/essays/'))).toBe(true)
    expect(paths.some((p) => /^\/themes\/[a-z0-9-]+$/.test(p))).toBe(true)
    expect(paths.some((p) => p === '/films' || p.startsWith('/films?'))).toBe(true)
  })

  it('never shows the draft', async () => {
    expect(await linkPaths(home.page, 'body')).not.toContain(`/films/${DRAFT.slug}`)
    expect(await home.page.locator('body').innerText()).not.toContain(DRAFT.title)
  })

  it('logs no console error and no failed request', () => {
    expect(home.problems()).toEqual([])
  })

  it('has an icon, so browsers asking for one get no 404', async () => {
    const declared = await home.page
      .locator('link[rel~="icon"]')
      .first()
      .getAttribute('href', { timeout: 1_000 })
      .catch(() => null)
    const icon = await fetch(url(declared ?? '/favicon.ico'))
    expect(icon.status, declared ?? '/favicon.ico').toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/^image\//)
  })
})

describe('the films list', () => {
  it('lists every published sample film and not the draft', async () => {
    const list = await visit(session, '/films')
    expect(await headings1(list.page)).toHaveLength(1)
    const linked = await filmLinks(list.page)
    for (const film of films) expect(linked).toContain(film.slug)
    expect(linked).not.toContain(DRAFT.slug)
    expect(list.problems()).toEqual([])
  })
})

describe.each(films)('the film page of $title', (film) => {
  let visited: TrackedPage
  beforeAll(async () => {
    visited = await visit(session, `/films/${film.slug}`)
  })
  /** Where the first link named exactly `name` in main goes, or null when there is none. */
  const hrefOf = async (name: string) => {
    const link = visited.page.locator('main').getByRole('link', { name, exact: true })
    return (await link.count()) ? link.first().getAttribute('href') : null
  }

  it('has the title as its only h1 and shows the facts', async () => {
    expect(await headings1(visited.page)).toEqual([film.title])
    const text = await mainText(visited.page)
    for (const fact of [film.logline, film.released, film.country, film.director]) expect(text).toContain(fact)
  })

  it('links the director, the cast, the genres and the themes to their pages', async () => {
    expect(await hrefOf(film.director), film.director).toBe(`/people/${slugify(film.director)}`)
    expect(await hrefOf(film.cast[0]!), film.cast[0]).toBe(`/people/${slugify(film.cast[0]!)}`)
    for (const genre of film.genres) expect(await hrefOf(genre), genre).toBe(`/genres/${slugify(genre)}`)
    expect((await linkPaths(visited.page)).filter((p) => /^\/themes\/[a-z0-9-]+$/.test(p)).length).toBeGreaterThan(0)
  })

  it('has a table of contents whose links reach the symbols, questions and core meaning', async () => {
    const { page } = visited
    for (const id of ['symbols', 'questions', 'core-meaning']) {
      expect(await page.locator(`a[href="#${id}"]`).count(), `a link to #${id}`).toBeGreaterThan(0)
      expect(await page.locator(`[id="${id}"]`).count(), `an element with id ${id}`).toBe(1)
    }
    await page.locator('a[href="#core-meaning"]').first().click()
    await page.waitForURL(/#core-meaning$/)
    await expect
      .poll(() => page.locator('#core-meaning').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight))
      .toBe(true)
  })

  it('shows each symbol and each question in its section', async () => {
    // The id may sit on the section or on its heading (then the section is the heading's).
    const sectionText = (id: string) =>
      visited.page
        .locator(`[id="${id}"]`)
        .evaluate((el) => ((/^H[1-6]$/.test(el.tagName) && el.closest('section')) || (el as HTMLElement)).innerText)
    const symbols = await sectionText('symbols')
    for (const symbol of film.symbols) expect(symbols).toContain(symbol)
    const questions = await sectionText('questions')
    for (const question of film.questions) expect(questions).toContain(question)
  })

  it('links related published films, never the draft', async () => {
    const related = (await filmLinks(visited.page)).filter((slug) => slug !== film.slug)
    expect(related.filter((slug) => slugs(films).includes(slug)).length).toBeGreaterThan(0)
    expect(related).not.toContain(DRAFT.slug)
  })

  it('logs no console error and no failed request', () => {
    expect(visited.problems()).toEqual([])
  })
})

describe('a symbol page', () => {
  it('shows the symbol of the seed film with its meaning and a link back to the film', async () => {
    const symbol = await visit(session, '/films/miracle-in-cell-no-7/symbols/sailor-moon-backpack')
    expect(await headings1(symbol.page)).toHaveLength(1)
    expect((await headings1(symbol.page))[0]).toContain('Sailor Moon Backpack')
    const text = await mainText(symbol.page)
    expect(text).toContain('The yellow Sailor Moon backpack symbolizes')
    expect(text).toContain('The film opens with Yong-gu and Ye-sung admiring the backpack')
    expect(await linkPaths(symbol.page)).toContain('/films/miracle-in-cell-no-7')
    expect(symbol.problems()).toEqual([])
  })
})

describe('essay pages', () => {
  it('show a philosophical question with its discussion and its film', async () => {
    const essay = await visit(session, `/essays/${slugify(seed.questions[0]!)}`)
    expect(await headings1(essay.page)).toEqual([seed.questions[0]])
    expect(await mainText(essay.page)).toContain('The film rigorously questions the nature of justice')
    expect(await linkPaths(essay.page)).toContain('/films/miracle-in-cell-no-7')
    expect(essay.problems()).toEqual([])
  })

  it('show the core meaning', async () => {
    const essay = await visit(session, '/essays/miracle-in-cell-no-7-core-meaning')
    expect(await headings1(essay.page)).toHaveLength(1)
    expect(await mainText(essay.page)).toContain('is a powerful testament to the enduring nature of love and humanity')
    expect(essay.problems()).toEqual([])
  })
})

describe('taxonomy pages', () => {
  it('/themes links each theme page, including Sacrifice', async () => {
    const themes = await visit(session, '/themes')
    expect(await headings1(themes.page)).toHaveLength(1)
    expect(await linkPaths(themes.page)).toContain('/themes/sacrifice')
    expect(themes.problems()).toEqual([])
  })

  it('a theme lists exactly its published films', async () => {
    const theme = await visit(session, '/themes/sacrifice')
    expect((await headings1(theme.page))[0]).toContain('Sacrifice')
    const listed = (await filmLinks(theme.page)).filter((slug) => slugs(films).includes(slug) || slug === DRAFT.slug)
    expect(listed.sort()).toEqual(['life-is-beautiful', 'miracle-in-cell-no-7'])
    expect(theme.problems()).toEqual([])
  })

  it('a genre lists its published films and not the draft of the same genre', async () => {
    const drama = await visit(session, '/genres/drama')
    expect((await headings1(drama.page))[0]).toContain('Drama')
    const listed = await filmLinks(drama.page)
    for (const film of films) expect(listed).toContain(film.slug)
    expect(listed).not.toContain(DRAFT.slug)
    expect(drama.problems()).toEqual([])

    const crime = await visit(session, '/genres/crime')
    expect((await filmLinks(crime.page)).filter((slug) => slugs(films).includes(slug))).toEqual([
      'the-shawshank-redemption',
    ])
  })

  it('a person lists the films they made', async () => {
    const person = await visit(session, '/people/lee-hwan-kyung')
    expect(await headings1(person.page)).toEqual(['Lee Hwan-kyung'])
    expect(await filmLinks(person.page)).toContain('miracle-in-cell-no-7')
    expect(person.problems()).toEqual([])

    // Roberto Benigni both directs and acts in Life Is Beautiful: one person page, one film.
    const benigni = await visit(session, '/people/roberto-benigni')
    expect(await filmLinks(benigni.page)).toContain('life-is-beautiful')
  })
})

describe('the 404 page', () => {
  it.each([
    '/films/no-such-film',
    `/films/${DRAFT.slug}`,
    '/films/miracle-in-cell-no-7/symbols/no-such-symbol',
    '/essays/no-such-essay',
    '/themes/no-such-theme',
    '/genres/no-such-genre',
    '/people/no-such-person',
    '/no-such-page',
  ])('answers %s with status 404, a heading and a way home', async (path) => {
    const missing = await visit(session, path, { status: 404 })
    expect(await headings1(missing.page)).toHaveLength(1)
    expect(await linkPaths(missing.page, 'body')).toContain('/')
    expect(await missing.page.locator('body').innerText()).not.toContain(DRAFT.title)
    expect(missing.problems()).toEqual([])
  })
})

describe('machine-readable pages', () => {
  const get = async (path: string) => {
    const response = await fetch(url(path))
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() }
  }

  it('/sitemap.xml lists every published film and the seed symbol, never the draft', async () => {
    const sitemap = await get('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.type).toMatch(/xml/)
    for (const film of films) expect(sitemap.body).toMatch(new RegExp(`<loc>[^<]*/films/${film.slug}</loc>`))
    expect(sitemap.body).toContain('/films/miracle-in-cell-no-7/symbols/sailor-moon-backpack</loc>')
    expect(sitemap.body).not.toContain(DRAFT.slug)
  })

  it('/robots.txt points to the sitemap', async () => {
    const robots = await get('/robots.txt')
    expect(robots.status).toBe(200)
    expect(robots.body).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m)
  })

  it('/feed.xml is a feed of published analyses without the draft', async () => {
    const feed = await get('/feed.xml')
    expect(feed.status).toBe(200)
    expect(feed.type).toMatch(/xml/)
    expect(feed.body).toMatch(/<rss|<feed/)
    expect(feed.body).toContain('Miracle in Cell No. 7')
    expect(feed.body).not.toContain(DRAFT.title)
  })
})
