import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filmLinks, login, mainText, sampleFilms, useBrowser, visit, type TrackedPage } from '../helpers/browser'
import { apiOk, url } from '../helpers/http'

// Search (a GET form with an input named q, results with their type, a <mark>ed snippet and a
// link) and the /films filters, sorts and pagination, as a visitor uses them in Chromium.

const session = useBrowser()
const films = sampleFilms()
const sampleSlugs = films.map((f) => f.slug)
const DRAFT = { slug: 'the-unfinished-draft', title: 'The Unfinished Draft' }

/** The sample films a page lists, in the order it lists them. */
const listedSamples = async (page: TrackedPage['page']) =>
  (await filmLinks(page)).filter((slug) => sampleSlugs.includes(slug))

const resultItems = (page: TrackedPage['page']) => page.locator('main li').filter({ has: page.locator('mark') })

describe('search', () => {
  it('the form on the home page submits q and lists typed results with highlighted snippets', async () => {
    const { page, problems } = await visit(session, '/')
    const box = page.locator('form:has(input[name="q"]) input[name="q"]').first()
    await box.fill('backpack')
    await box.press('Enter')
    await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === 'backpack')
    await page.locator('main mark').first().waitFor()

    const marks = await page.locator('main mark').allInnerTexts()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark).toMatch(/backpack/i)
    const items = resultItems(page)
    expect(await items.count()).toBeGreaterThan(0)
    for (const item of await items.all()) {
      expect(await item.innerText()).toMatch(/\b(film|symbol|essay|question|analysis|theme|person)\b/i)
      expect(await item.locator('a[href]').count()).toBeGreaterThan(0)
    }

    // The symbol is a result, and its link leads to its page.
    await page.locator('main a[href="/films/miracle-in-cell-no-7/symbols/sailor-moon-backpack"]').first().click()
    await page.waitForURL(/\/films\/miracle-in-cell-no-7\/symbols\/sailor-moon-backpack$/)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('Sailor Moon Backpack')
    expect(problems()).toEqual([])
  })

  it('finds films and essays by a word of their text', async () => {
    const { page, problems } = await visit(session, '/search?q=justice')
    const text = await mainText(page)
    expect(text).toContain('What is the true meaning of justice?')
    expect(await resultItems(page).count()).toBeGreaterThan(1)
    expect(await page.locator('main a[href="/essays/what-is-the-true-meaning-of-justice"]').count()).toBeGreaterThan(0)
    expect(await page.locator('input[name="q"]').first().inputValue()).toBe('justice')
    expect(problems()).toEqual([])
  })

  it.each(['Locked Drawer', 'Unfinished', 'Not for your eyes'])('never finds the draft (%s)', async (q) => {
    const { page, problems } = await visit(session, `/search?q=${encodeURIComponent(q)}`)
    expect(await resultItems(page).count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain(DRAFT.title)
    expect(await page.locator(`a[href*="${DRAFT.slug}"]`).count()).toBe(0)
    expect(problems()).toEqual([])
  })

  it('shows an empty form without a query and no results for nonsense', async () => {
    const empty = await visit(session, '/search')
    expect(await empty.page.locator('input[name="q"]').count()).toBeGreaterThan(0)
    expect(await resultItems(empty.page).count()).toBe(0)
    const nothing = await visit(session, '/search?q=zzqxvwy')
    expect(await resultItems(nothing.page).count()).toBe(0)
    expect([...empty.problems(), ...nothing.problems()]).toEqual([])
  })

  it('treats the query as text, never as markup', async () => {
    const q = '<img src=x onerror="window.__xss=1">justice'
    const { page } = await visit(session, `/search?q=${encodeURIComponent(q)}`)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
  })
})

describe('the /films filters', () => {
  it('a genre filter link narrows the list', async () => {
    const { page, problems } = await visit(session, '/films')
    await page
      .locator('main')
      .getByRole('link', { name: /crime/i })
      .and(page.locator('[href*="genre=crime"]'))
      .first()
      .click()
    await page.waitForURL((u) => u.pathname === '/films' && u.searchParams.get('genre') === 'crime')
    await expect.poll(() => listedSamples(page)).toEqual(['the-shawshank-redemption'])
    expect(problems()).toEqual([])
  })

  it.each([
    ['genre=crime', ['the-shawshank-redemption']],
    ['theme=sacrifice', ['life-is-beautiful', 'miracle-in-cell-no-7']],
    ['country=Italy', ['life-is-beautiful']],
    ['country=South%20Korea', ['miracle-in-cell-no-7']],
    ['decade=1990', ['life-is-beautiful', 'the-shawshank-redemption']],
    ['genre=drama&decade=2000', ['i-am-sam']],
    ['genre=comedy&theme=sacrifice', ['life-is-beautiful', 'miracle-in-cell-no-7']],
    ['genre=drama', sampleSlugs],
  ])('?%s lists exactly the matching sample films', async (query, expected) => {
    const { page, problems } = await visit(session, `/films?${query}`)
    expect((await listedSamples(page)).sort()).toEqual([...expected].sort())
    expect(await filmLinks(page)).not.toContain(DRAFT.slug)
    expect(problems()).toEqual([])
  })

  it('an unknown filter value lists nothing and does not fail', async () => {
    const tracked = await session.page()
    const response = await tracked.page.goto('/films?genre=no-such-genre')
    expect([200, 404]).toContain(response?.status())
    expect(await listedSamples(tracked.page)).toEqual([])
  })

  const byTitle = [...films].sort((a, b) => (a.title < b.title ? -1 : 1)).map((f) => f.slug)
  const byNewest = [...films].sort((a, b) => Date.parse(b.released) - Date.parse(a.released)).map((f) => f.slug)
  const byRating = [...films].sort((a, b) => b.rating - a.rating).map((f) => f.slug)

  it.each([
    ['title', byTitle],
    ['-releaseDate', byNewest],
    ['-rating', byRating],
  ])('sort=%s orders the list', async (sort, expected) => {
    // All four samples are dramas; the genre keeps films other tests create out of the way.
    const { page, problems } = await visit(session, `/films?genre=drama&sort=${sort}`)
    expect(await listedSamples(page)).toEqual(expected)
    expect(problems()).toEqual([])
  })
})

describe('/films pagination', () => {
  // Enough published films in a country of their own to need more than one page.
  const COUNT = 40
  const COUNTRY = 'Paginaria'
  const created: { id: string | number; slug: string }[] = []
  let token: string

  const api = (method: string, path: string, body?: unknown) =>
    apiOk<{ doc: { id: string | number; slug: string } }>(method, path, { token, body })

  beforeAll(async () => {
    token = await login('editor')
    for (let i = 1; i <= COUNT; i += 1) {
      const { doc } = await api('POST', '/films', {
        title: `Paging Probe ${String(i).padStart(2, '0')}`,
        country: COUNTRY,
        _status: 'published',
      })
      created.push({ id: doc.id, slug: doc.slug })
    }
  }, 120_000)

  afterAll(async () => {
    for (const { id } of created) await api('DELETE', `/films/${id}`).catch(() => undefined)
  }, 120_000)

  it('splits a filtered list into pages that together list every film once, keeping the filter', async () => {
    const first = await visit(session, `/films?country=${COUNTRY}`)
    const page1 = await filmLinks(first.page)
    expect(page1.length).toBeGreaterThan(0)
    expect(page1.length).toBeLessThan(COUNT)

    // A link to page 2 that keeps the filter, and it leads to other films.
    const next = first.page.locator('main a[href*="page=2"]').first()
    const href = new URL((await next.getAttribute('href'))!, url('/'))
    expect(href.searchParams.get('country')).toBe(COUNTRY)
    await next.click()
    await first.page.waitForURL((u) => u.searchParams.get('page') === '2')
    await expect.poll(async () => (await filmLinks(first.page)).length).toBeGreaterThan(0)
    const page2 = await filmLinks(first.page)
    expect(page2.filter((slug) => page1.includes(slug))).toEqual([])
    expect(first.problems()).toEqual([])

    const seen = [...page1, ...page2]
    for (let n = 3; n <= COUNT && seen.length < COUNT; n += 1) {
      const tracked = await session.page()
      const response = await tracked.page.goto(`/films?country=${COUNTRY}&page=${n}`)
      if (response?.status() !== 200) break
      const slugs = await filmLinks(tracked.page)
      if (!slugs.length) break
      seen.push(...slugs)
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.sort()).toEqual(created.map((c) => c.slug).sort())
  })
})
