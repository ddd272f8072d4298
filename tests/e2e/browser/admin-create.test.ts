import { randomBytes } from 'node:crypto'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminPage } from '../helpers/adminSession'
import { login, useBrowser } from '../helpers/browser'
import { apiOk, apiRequest } from '../helpers/http'

// Every collection's create view works from the admin: the analyses are created from their list's
// own "Create New" button, named and published; the other collections' create views open without
// an error. Opening a create view and leaving without typing leaves no document behind.

const session = useBrowser()
const suffix = randomBytes(3)
  .toString('hex')
  .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)

const EDITORIAL = ['films', 'symbols', 'essays'] as const
let editorToken: string
const created: { collection: string; id: string | number }[] = []

beforeAll(async () => {
  editorToken = await login('editor')
})

afterAll(async () => {
  // Later test files expect the site as the import left it.
  for (const { collection, id } of created.reverse())
    await apiRequest('DELETE', `/${collection}/${id}`, { token: editorToken })
})

/** How many documents of the collection exist, drafts included, as the editor sees them. */
const count = async (collection: string): Promise<number> =>
  (await apiOk<{ totalDocs: number }>('GET', `/${collection}?draft=true&limit=1&depth=0`, { token: editorToken }))
    .totalDocs

/** Opens the collection's list and follows its own "Create New" button to the create view. */
async function createNewFromList(page: Page, collection: string): Promise<void> {
  await page.goto(`/admin/collections/${collection}`, { waitUntil: 'networkidle' })
  await page
    .getByRole('link', { name: /create new/i })
    .first()
    .click()
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/create`))
}

/** Picks `label` in a relationship field's select. */
async function choose(page: Page, field: string, label: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(label)
  await page.getByRole('option', { name: label }).click()
}

/** Types into the nth rich text editor of the form. */
async function write(page: Page, nth: number, text: string): Promise<void> {
  await page.locator('[data-lexical-editor="true"]').nth(nth).click()
  await page.keyboard.type(text)
}

/** Clicks Publish and returns the new document's id, once the admin has moved to its edit view. */
async function publish(page: Page, collection: string): Promise<string> {
  await page.locator('#action-save').click()
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/(?!create)[^/?]+`), { timeout: 30_000 })
  const id = new URL(page.url()).pathname.split('/').pop()!
  created.push({ collection, id })
  return id
}

const published = (collection: string, id: string) =>
  apiOk<Record<string, unknown>>('GET', `/${collection}/${id}?depth=0`, { token: editorToken })

describe('creating from the admin', () => {
  const film = `Created Film ${suffix}`

  it('creates and publishes a film, a symbol and an essay from their lists’ Create New buttons', async () => {
    const tracked = await adminPage(session, 'editor')
    const { page } = tracked

    await createNewFromList(page, 'films')
    await page.locator('#field-title').fill(film)
    const filmId = await publish(page, 'films')
    expect(await published('films', filmId)).toMatchObject({ title: film, _status: 'published' })

    await createNewFromList(page, 'symbols')
    await page.locator('#field-name').fill(`Created Symbol ${suffix}`)
    await choose(page, 'film', film)
    await write(page, 0, 'What the symbol means.')
    const symbolId = await publish(page, 'symbols')
    expect(await published('symbols', symbolId)).toMatchObject({
      name: `Created Symbol ${suffix}`,
      _status: 'published',
    })
    expect(String((await published('symbols', symbolId)).film)).toBe(filmId)

    await createNewFromList(page, 'essays')
    await page.locator('#field-title').fill(`Created Essay ${suffix}`)
    await choose(page, 'films', film)
    await write(page, 0, 'What the film is about.')
    const essayId = await publish(page, 'essays')
    expect(await published('essays', essayId)).toMatchObject({ title: `Created Essay ${suffix}`, _status: 'published' })

    expect(tracked.problems()).toEqual([])
  })

  it.each([
    ['genres', 'editor', '#field-name'],
    ['themes', 'editor', '#field-name'],
    ['people', 'editor', '#field-name'],
    ['media', 'editor', '#field-alt'],
    ['users', 'admin', '#field-email'],
  ] as const)('opens the %s create view as the %s without an error', async (collection, role, firstField) => {
    const tracked = await adminPage(session, role)
    await tracked.page.goto(`/admin/collections/${collection}/create`, { waitUntil: 'networkidle' })
    await tracked.page.locator(firstField).waitFor({ timeout: 30_000 })
    expect(tracked.problems()).toEqual([])
  })
})

describe('no orphan drafts', () => {
  it.each(EDITORIAL)('leaves no %s behind when the create view is opened and left', async (collection) => {
    const before = await count(collection)
    const tracked = await adminPage(session, 'editor')
    const { page } = tracked
    // By URL, then from the list's button: each opens the create view and leaves it untouched.
    await page.goto(`/admin/collections/${collection}/create`, { waitUntil: 'networkidle' })
    await createNewFromList(page, collection)
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).pathname, 'the create view stays a create view').toBe(
      `/admin/collections/${collection}/create`,
    )
    await page.goto('/admin', { waitUntil: 'networkidle' })
    expect(await count(collection)).toBe(before)
    expect(tracked.problems()).toEqual([])
  })
})
