import { randomBytes } from 'node:crypto'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { login, useBrowser } from '../helpers/browser'
import { apiOk, getPage } from '../helpers/http'

// The review path through the real admin: a writer drafts a film and submits it for review,
// cannot publish it; an editor finds it under "In review", publishes it, and it is on the site.

const session = useBrowser()
const suffix = randomBytes(4)
  .toString('hex')
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)
const film = { title: `Review Probe ${suffix}`, slug: `review-probe-${suffix}` }

let id: string | number
let editorToken: string

const latestDraft = () =>
  apiOk<{ review?: string; _status?: string }>('GET', `/films/${id}?draft=true&depth=0`, { token: editorToken })

/** Signs in through the admin's own login form, as a person would. */
async function signIn(role: 'writer' | 'editor'): Promise<Page> {
  const { page } = await session.page()
  const { email, password } = inject('accounts')[role]
  await page.goto('/admin/login')
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

beforeAll(async () => {
  editorToken = await login('editor')
  const writerToken = await login('writer')
  const { doc } = await apiOk<{ doc: { id: string | number } }>('POST', '/films', {
    token: writerToken,
    body: { title: film.title, _status: 'draft' },
  })
  id = doc.id
})

afterAll(async () => {
  if (id !== undefined) await apiOk('DELETE', `/films/${id}`, { token: editorToken }).catch(() => undefined)
})

describe('writer → editor review → publish', () => {
  it('lets the writer submit for review but offers no way to publish', async () => {
    const page = await signIn('writer')
    await page.goto(`/admin/collections/films/${id}`)
    await expect.poll(() => page.locator('#field-review').isVisible()).toBe(true)
    expect(await page.locator('#action-save').count(), 'a Publish button').toBe(0)
    expect(await page.locator('#schedule-publish').count(), 'a Schedule Publish button').toBe(0)
    expect(await page.locator('#action-delete').count(), 'a Delete button').toBe(0)
    await page.locator('#field-review .rs__control').click()
    await page.getByRole('option', { name: 'In review' }).click()
    // Autosave stores the change; no publish happens.
    await expect.poll(async () => (await latestDraft()).review, { timeout: 15_000 }).toBe('in-review')
    expect((await getPage(`/films/${film.slug}`)).status).toBe(404)
  })

  it('shows the editor what awaits review, and publishing puts it on the site', async () => {
    const page = await signIn('editor')
    await page.goto(`/admin/collections/films?where[or][0][and][0][review][equals]=in-review`)
    const row = page.locator('table tbody tr', { hasText: film.title })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.innerText()).toContain('In review')
    expect(
      await page.locator('table tbody tr', { hasText: 'Published' }).count(),
      'only work in review is listed',
    ).toBe(0)

    await row.getByRole('link').first().click()
    await page.waitForURL(new RegExp(`/admin/collections/films/${id}`))
    await page.locator('#action-save').click()
    await expect.poll(async () => (await latestDraft())._status, { timeout: 15_000 }).toBe('published')
    expect((await latestDraft()).review).toBe('published')

    const { status, text } = await getPage(`/films/${film.slug}`)
    expect(status).toBe(200)
    expect(text).toContain(film.title)
  })
})
