import { randomBytes } from 'node:crypto'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminPage } from '../helpers/adminSession'
import { login, useBrowser } from '../helpers/browser'
import { apiOk, apiRequest } from '../helpers/http'

// The admin as editors use it: a dashboard of what there is and what awaits whom, a nav without
// internal collections, and rows and chips that say what they hold.

const session = useBrowser()
const suffix = randomBytes(3)
  .toString('hex')
  .replace(/\d/g, (d) => 'klmnopqrst'[Number(d)]!)

const THEME = `Redemption through unconditional paternal love ${suffix}`
const made: { collection: string; id: string | number }[] = []
let editorToken: string
let draft: { id: string | number; title: string }
let labelled: { id: string | number; actor: string }
const PUBLISHED = `Dashboard Published ${suffix}`

beforeAll(async () => {
  editorToken = await login('editor')
  const writerToken = await login('writer')
  const make = async (collection: string, body: Record<string, unknown>, token = editorToken) => {
    const { doc } = await apiOk<{ doc: { id: string | number } }>('POST', `/${collection}`, { token, body })
    made.push({ collection, id: doc.id })
    return doc
  }
  // A writer's draft, submitted for review: theirs on their dashboard, awaiting review on the editor's.
  const title = `Dashboard Draft ${suffix}`
  draft = { id: (await make('films', { title, review: 'in-review', _status: 'draft' }, writerToken)).id, title }
  await make('films', { title: PUBLISHED, _status: 'published' })
  const actor = `Dashboard Actor ${suffix}`
  const person = await make('people', { name: actor })
  const theme = await make('themes', { name: THEME })
  labelled = {
    actor,
    id: (
      await make('films', {
        title: `Labelled Film ${suffix}`,
        cast: [{ person: person.id, character: 'The Father' }],
        themes: [theme.id],
        _status: 'draft',
      })
    ).id,
  }
})

afterAll(async () => {
  for (const { collection, id } of made.reverse())
    await apiRequest('DELETE', `/${collection}/${id}`, { token: editorToken })
})

/** The dashboard's section of that title, as text. */
const section = async (page: Page, title: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) }).innerText()

describe('the dashboard', () => {
  it('counts each collection as the editor reads it, and links to Import files', async () => {
    const tracked = await adminPage(session, 'editor')
    await tracked.page.goto('/admin', { waitUntil: 'networkidle' })
    for (const collection of ['films', 'symbols', 'essays', 'themes']) {
      const { totalDocs } = await apiOk<{ totalDocs: number }>('GET', `/${collection}?limit=1&depth=0`, {
        token: editorToken,
      })
      const link = tracked.page.locator(`a[data-collection="${collection}"]`)
      expect(await link.locator('strong').innerText(), collection).toBe(String(totalDocs))
    }
    expect(await tracked.page.getByRole('link', { name: 'Import files' }).first().getAttribute('href')).toBe(
      '/admin/import',
    )
    expect(await section(tracked.page, 'Awaiting review')).toContain(draft.title)
    expect(await section(tracked.page, 'Recently published')).toContain(PUBLISHED)
    expect(await section(tracked.page, 'Your drafts')).not.toContain(draft.title)
    expect(tracked.problems()).toEqual([])
  })

  it('shows a writer their own drafts', async () => {
    const tracked = await adminPage(session, 'writer')
    await tracked.page.goto('/admin', { waitUntil: 'networkidle' })
    expect(await section(tracked.page, 'Your drafts')).toContain(draft.title)
    expect(tracked.problems()).toEqual([])
  })
})

describe('the nav', () => {
  it.each([
    ['writer', 0],
    ['editor', 0],
    ['admin', 1],
  ] as const)('shows the search index to the %s %i times', async (role, times) => {
    const { page } = await adminPage(session, role)
    await page.goto('/admin', { waitUntil: 'networkidle' })
    await page.locator('nav a[href="/admin/collections/films"]').first().waitFor({ state: 'attached' })
    expect(await page.locator('nav a[href="/admin/collections/search"]').count()).toBe(times)
    expect(await page.locator('nav a[href="/admin/collections/payload-jobs"]').count()).toBe(0)
  })
})

describe('labels in the film edit view', () => {
  it('names each cast row after the actor and character, and shows whole theme names', async () => {
    const tracked = await adminPage(session, 'editor')
    const { page } = tracked
    await page.goto(`/admin/collections/films/${labelled.id}`, { waitUntil: 'networkidle' })
    // The row holds the person's id: the label reads the name once the page has loaded.
    await expect
      .poll(() => page.getByText(`${labelled.actor} as The Father`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(await page.getByText('Cast 01').count()).toBe(0)

    const chip = page.locator('.document-fields__sidebar .relationship--multi-value-label__text', { hasText: THEME })
    await chip.waitFor()
    // Cut off with an ellipsis, the text would be wider than its box.
    expect(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    expect(tracked.problems()).toEqual([])
  })

  it('labels the sample film’s cast rows by actor', async () => {
    const { docs } = await apiOk<{ docs: { id: string | number }[] }>(
      'GET',
      '/films?where[slug][equals]=miracle-in-cell-no-7&depth=0',
      { token: editorToken },
    )
    const { page } = await adminPage(session, 'editor')
    await page.goto(`/admin/collections/films/${docs[0]!.id}`, { waitUntil: 'networkidle' })
    // Collapsed rows show their labels only: the actor's name is the label's.
    await expect
      .poll(() => page.getByText('Ryu Seung-ryong', { exact: true }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(await page.getByText('Cast 01').count()).toBe(0)
  })
})
