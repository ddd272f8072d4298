import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, useBrowser } from '../helpers/browser'
import { apiOk, getPage } from '../helpers/http'

// Version history in the admin: an editor compares two versions of a film field by field and
// restores the older one, which the public page then shows.

const session = useBrowser()
const suffix = randomBytes(4)
  .toString('hex')
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)
const film = { title: `Version Probe ${suffix}`, slug: `version-probe-${suffix}` }
const FIRST = `The first logline (${suffix}).`
const SECOND = `The second logline (${suffix}).`

let token: string
let id: string | number

type Answer = { doc: { id: string | number }; logline?: string }
const api = (method: string, path: string, body?: unknown) => apiOk<Answer>(method, path, { token, body })

beforeAll(async () => {
  token = await login('editor')
  id = (await api('POST', '/films', { ...film, logline: FIRST, _status: 'published' })).doc.id
  await api('PATCH', `/films/${id}`, { logline: SECOND, _status: 'published' })
})

afterAll(async () => {
  if (id !== undefined) await api('DELETE', `/films/${id}`).catch(() => undefined)
})

describe('version history', () => {
  it('compares two versions and restores the older one, on the site too', async () => {
    const { page, problems } = await session.page({ asEditor: true })
    await page.goto(`/admin/collections/films/${id}/versions`)
    const versions = page.locator('table tbody tr a')
    await expect.poll(() => versions.count()).toBe(2)
    const oldest = (await versions.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).at(-1)!
    await page.goto(oldest)

    await page.locator('.compare-version .rs__control').click()
    await page.getByRole('option').first().click()
    await page.waitForURL(/versionFrom=/)
    const diff = page.locator('body')
    await expect
      .poll(async () => (await diff.innerText()).includes(FIRST) && (await diff.innerText()).includes(SECOND))
      .toBe(true)

    await page.getByRole('button', { name: 'Restore this version' }).click()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/films/${id}$`))
    expect((await api('GET', `/films/${id}?depth=0`)).logline).toBe(FIRST)
    expect((await getPage(`/films/${film.slug}`)).text).toContain(FIRST)
    expect(problems()).toEqual([])
  })
})
