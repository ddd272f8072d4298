import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseURL, headings1, login, useBrowser, visit, type TrackedPage } from '../helpers/browser'
import { url } from '../helpers/http'

// An editor imports an analysis file from the admin: upload, check the preview and the parser's
// guesses, regroup a guessed theme, confirm, and find the film on the site. The fixture is not
// one the global setup imports, so the film is new to this server.

const session = useBrowser()

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/films/the-lighthouse-winter.txt')
const FILE = 'the-lighthouse-winter.txt'
const SLUG = 'the-lighthouse-winter'
const TITLE = 'The Lighthouse Winter'

type Doc = {
  id: string | number
  slug?: string
  name?: string
  _status?: string
  themes?: Doc[]
  poster?: { id: string | number; alt?: string; width?: number; height?: number } | null
}
let token: string
const before: Record<'themes' | 'people' | 'genres', Set<string>> = {
  themes: new Set(),
  people: new Set(),
  genres: new Set(),
}

async function api<T = { docs: Doc[]; totalDocs: number }>(method: string, pathname: string): Promise<T> {
  const response = await fetch(url(`/api${pathname}`), { method, headers: { authorization: `JWT ${token}` } })
  if (!response.ok) throw new Error(`${method} /api${pathname} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** A poster for the fixture, named after it: it goes with the file of the same name, as on the command line. */
async function posterFile(): Promise<string> {
  const poster = path.join(mkdtempSync(path.join(tmpdir(), 'subtext-import-poster-')), `${SLUG}.png`)
  writeFileSync(
    poster,
    await sharp({ create: { width: 300, height: 450, channels: 3, background: '#2b4a6f' } })
      .png()
      .toBuffer(),
  )
  return poster
}

/** Chooses `files` in the import form and asks for their preview. */
async function preview(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Choose analysis files (.txt), or drop them here').setInputFiles(files)
  await page.getByRole('button', { name: 'Preview', exact: true }).click()
}

const filmsWithSlug = () => api(`GET`, `/films?where[slug][equals]=${SLUG}&draft=true&depth=1`)
const slugsOf = async (collection: string) =>
  new Set((await api('GET', `/${collection}?limit=1000&depth=0`)).docs.map((d) => String(d.slug)))

beforeAll(async () => {
  token = await login('editor')
  for (const collection of ['themes', 'people', 'genres'] as const) before[collection] = await slugsOf(collection)
})

// Leave the shared server as the other tests expect it: no extra film, symbols, essays or terms.
afterAll(async () => {
  if (!token) return
  const film = (await filmsWithSlug()).docs[0]
  if (film) {
    for (const collection of ['symbols', 'essays']) {
      const field = collection === 'symbols' ? 'film' : 'films'
      const { docs } = await api(
        'GET',
        `/${collection}?where[${field}][equals]=${film.id}&draft=true&limit=100&depth=0`,
      )
      for (const doc of docs) await api('DELETE', `/${collection}/${doc.id}`)
    }
    await api('DELETE', `/films/${film.id}`)
    if (film.poster) await api('DELETE', `/media/${film.poster.id}`)
  }
  for (const collection of ['themes', 'people', 'genres'] as const) {
    const { docs } = await api('GET', `/${collection}?limit=1000&depth=0`)
    for (const doc of docs.filter((d) => !before[collection].has(String(d.slug))))
      await api('DELETE', `/${collection}/${doc.id}`)
  }
})

describe('importing from the admin', () => {
  let tracked: TrackedPage

  it('is linked from the admin nav and opens inside the admin', async () => {
    // Wide enough for the admin to show its nav open (it is a slide-in menu below 1440 px).
    tracked = await session.page({ asEditor: true, viewport: { width: 1600, height: 1000 } })
    await tracked.page.goto('/admin', { waitUntil: 'networkidle' })
    await tracked.page.locator('#nav-import').click()
    await tracked.page.waitForURL('**/admin/import')
    expect(await headings1(tracked.page)).toEqual(['Import analysis files'])
    // The admin's own nav is still there: the view is inside the default template.
    expect(await tracked.page.locator('nav a#nav-films').count()).toBe(1)
  })

  it('opens by its address without a React hydration error or any other console error', async () => {
    const direct = await session.page({ asEditor: true, viewport: { width: 1600, height: 1000 } })
    await direct.page.goto('/admin/import', { waitUntil: 'networkidle' })
    expect(await headings1(direct.page)).toEqual(['Import analysis files'])
    expect(direct.problems()).toEqual([])
    // A production build reports a hydration mismatch through window.reportError (Next's
    // onRecoverableError) as React's minified error #418: the page's watch hears it.
    await direct.page.evaluate(() => reportError(new Error('Minified React error #418')))
    expect(direct.problems()).toEqual([expect.stringContaining('Minified React error #418')])
    await direct.page.close()
  })

  it('previews the file with the guessed themes split, and writes nothing', async () => {
    const { page } = tracked
    await preview(page, [FIXTURE, await posterFile()])
    const card = page.getByRole('article', { name: FILE })
    await card.waitFor()
    const text = (await card.innerText()).replace(/\s+/g, ' ')
    expect(text).toContain(`${TITLE} (2019) — directed by Ingrid Solberg`)
    expect(text).toContain('2 symbols, 1 question, core meaning')
    expect(text).toContain('New film')
    expect(text).toContain(`Poster: ${SLUG}.png`)
    expect(text).toContain('"Winter" is a guess')
    expect(text).toContain('Line 14:')
    expect(
      await card.locator('[data-theme]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-theme'))),
    ).toEqual(['Duty', 'Winter', 'Light', 'Solitude', 'Hope'])
    await expect.poll(async () => (await filmsWithSlug()).totalDocs).toBe(0)
  })

  it('lets the editor join two guessed themes, still without writing anything', async () => {
    const { page } = tracked
    const card = page.getByRole('article', { name: FILE })
    await card.getByRole('button', { name: 'Join "Winter" and "Light" into one theme' }).click()
    expect(
      await card.locator('[data-theme]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-theme'))),
    ).toEqual(['Duty', 'Winter Light', 'Solitude', 'Hope'])
    expect((await filmsWithSlug()).totalDocs).toBe(0)
    expect((await api('GET', '/themes?where[slug][equals]=winter-light')).totalDocs).toBe(0)
  })

  it('imports the film, published, with the adjusted themes, and links to it', async () => {
    const { page } = tracked
    await page.getByLabel('Published').check()
    await page.getByRole('button', { name: 'Import 1 film' }).click()
    const results = page.getByRole('region', { name: 'Imported' })
    await results.waitFor()
    expect((await results.innerText()).replace(/\s+/g, ' ')).toContain(`${TITLE} created as published`)

    const film = (await filmsWithSlug()).docs[0]
    expect(film?._status).toBe('published')
    expect(film?.themes?.map((t) => t.name)).toEqual(['Duty', 'Winter Light', 'Solitude', 'Hope'])
    expect(await results.getByRole('link', { name: `Open “${TITLE}” in the admin` }).getAttribute('href')).toBe(
      `/admin/collections/films/${film!.id}`,
    )
    expect(film?.poster).toMatchObject({ alt: `Poster of ${TITLE}`, width: 300, height: 450 })
    const symbols = await api('GET', `/symbols?where[film][equals]=${film!.id}&depth=0`)
    expect(symbols.docs.map((s) => s.name)).toEqual(['The Lamp', 'The Logbook'])
    expect(tracked.problems()).toEqual([])
  })

  it('puts the film on its public page', async () => {
    const { page, problems } = await visit(session, `/films/${SLUG}`)
    expect(await headings1(page)).toEqual([TITLE])
    expect(await page.locator('main').innerText()).toContain('Winter Light')
    expect(problems()).toEqual([])
  })
})

describe('fixing a file in the browser', () => {
  it('shows a broken file as file:line, and previews the corrected text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'subtext-admin-import-'))
    const broken = path.join(dir, 'broken-harbour.txt')
    const facts = '14 February 2019 Norway 104 min ⭐ 7.2 (3,412)'
    writeFileSync(
      broken,
      readFileSync(FIXTURE, 'utf8')
        .replace(/The Lighthouse Winter/g, 'The Broken Harbour')
        .replace(facts, 'sometime, somewhere'),
    )
    const { page } = await session.page({ asEditor: true, viewport: { width: 1600, height: 1000 } })
    await page.goto('/admin/import', { waitUntil: 'networkidle' })
    await preview(page, [broken])
    const card = page.getByRole('article', { name: 'broken-harbour.txt' })
    await card.getByText('broken-harbour.txt:10').waitFor()
    expect(await page.getByRole('button', { name: /^Import \d/ }).isDisabled()).toBe(true)

    const textarea = card.getByLabel('Text of broken-harbour.txt')
    await textarea.fill((await textarea.inputValue()).replace('sometime, somewhere', facts))
    await card.getByRole('button', { name: 'Preview again' }).click()
    await card.getByText('The Broken Harbour (2019)').waitFor()
    expect(await page.getByRole('button', { name: 'Import 1 film' }).isEnabled()).toBe(true)
    expect((await api('GET', '/films?where[slug][equals]=the-broken-harbour&draft=true')).totalDocs).toBe(0)
  })
})

describe('dropping a file', () => {
  it('previews a file dropped on the picker as one chosen with it', async () => {
    const { page, problems } = await session.page({ asEditor: true, viewport: { width: 1600, height: 1000 } })
    await page.goto('/admin/import', { waitUntil: 'networkidle' })
    const dropped = await page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([text], name, { type: 'text/plain' }))
        return transfer
      },
      { name: FILE, text: readFileSync(FIXTURE, 'utf8') },
    )
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: dropped })
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    await page.getByRole('article', { name: FILE }).getByText(`${TITLE} (2019)`).waitFor()
    expect(problems()).toEqual([])
  })
})

describe('a writer', () => {
  it('can preview but only import drafts', async () => {
    const tracked = await session.page({ viewport: { width: 1600, height: 1000 } })
    await tracked.context.addCookies([
      { name: 'payload-token', value: await login('writer'), url: baseURL(), httpOnly: true, sameSite: 'Lax' },
    ])
    const { page } = tracked
    await page.goto('/admin/import', { waitUntil: 'networkidle' })
    await preview(page, [FIXTURE, await posterFile()])
    await page.getByRole('article', { name: FILE }).waitFor()
    expect(await page.getByRole('radio', { name: /Published/ }).isDisabled()).toBe(true)
    expect(await page.getByRole('radio', { name: 'Drafts', exact: true }).isChecked()).toBe(true)
  })
})

describe('an anonymous visitor', () => {
  it('is offered the admin login instead of the import form, and the endpoints refuse them', async () => {
    const { page } = await session.page()
    await page.goto('/admin/import', { waitUntil: 'networkidle' })
    expect(await page.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/admin/login?redirect=%2Fadmin%2Fimport',
    )
    expect(await page.locator('input[type=file]').count()).toBe(0)
    const response = await fetch(url('/api/import/preview'), { method: 'POST', body: new FormData() })
    expect(response.status).toBe(401)
  })
})
