import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { AxeBuilder } from '@axe-core/playwright'
import slugify from '@sindresorhus/slugify'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

import { sampleFilmFiles } from '../../../src/seed/paths'
import { CHROMIUM, CHROMIUM_FLAGS } from '../../helpers/chromium.mjs'
import { login } from './http'

export { login }

// Headless Chromium from Debian's `chromium` package, driven by playwright-core (which never
// downloads a browser). One browser per test file; each `page()` gets its own context, so
// cookies (an editor's session, Next's draft mode) never leak from one check to the next.

/** The WCAG 2.2 AA rule set every page is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export const baseURL = (): string => inject('baseURL')

/** A page that remembers what went wrong while it was open. */
export type TrackedPage = {
  page: Page
  context: BrowserContext
  /** console.error messages and uncaught exceptions, as "text (at url)". */
  consoleErrors: string[]
  /** Requests that failed on the network, or same-origin ones answered with 4xx/5xx, as "METHOD url → reason". */
  failedRequests: string[]
  /** Both lists, minus what the test said to expect (e.g. the 404 of a page that should be missing). */
  problems: () => string[]
  /** Accept a 4xx/5xx (and Chromium's "Failed to load resource" console line) for this exact URL. */
  expectStatusFor: (url: string) => void
}

export type BrowserSession = {
  browser: () => Browser
  /** A fresh context and page; `options.asEditor` logs the context in as the editor first. */
  page: (options?: BrowserContextOptions & { asEditor?: boolean }) => Promise<TrackedPage>
}

let axeSource: string | undefined
const newestAxe = (): string =>
  // The top-level axe-core (newer than the one @axe-core/playwright pins) has the WCAG 2.2 rules.
  (axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'))

/**
 * Call at the top of a browser test file. Without Chromium the file fails to load with one line
 * naming the missing package, so a machine without it can never pass the browser tests silently.
 */
export function useBrowser(): BrowserSession {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's "chromium" package (apt-get install -y --no-install-recommends chromium); .ci/run does this`,
    )
  }
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: 60_000 })
  })
  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()))
    await browser?.close()
  })

  const session: BrowserSession = {
    browser: () => {
      if (!browser) throw new Error('the browser is not launched yet: use it inside a test or hook')
      return browser
    },
    page: async ({ asEditor: editor, ...options } = {}) => {
      const context = await session.browser().newContext({ baseURL: baseURL(), ...options })
      contexts.push(context)
      // Server-rendered pages are complete when they load: a missing element should fail fast.
      context.setDefaultTimeout(10_000)
      context.setDefaultNavigationTimeout(30_000)
      if (editor) await asEditor(context)
      return track(context, await context.newPage())
    },
  }
  return session
}

function track(context: BrowserContext, page: Page): TrackedPage {
  const origin = new URL(baseURL()).origin
  const consoleErrors: string[] = []
  const failedRequests: string[] = []
  const expected = new Set<string>()

  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const at = message.location().url || page.url()
    // Chromium's own /favicon.ico request: pages.test.ts checks the icon once, not on every page.
    if (new URL(at, origin).pathname === '/favicon.ico' && message.text().startsWith('Failed to load resource')) return
    consoleErrors.push(`${message.text()} (at ${at})`)
  })
  page.on('pageerror', (error) => consoleErrors.push(`uncaught ${error.name}: ${error.message} (at ${page.url()})`))
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed'
    // Leaving a page cancels its in-flight prefetches: that is not a failure of the site.
    if (reason === 'net::ERR_ABORTED') return
    failedRequests.push(`${request.method()} ${request.url()} → ${reason}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === origin) {
      failedRequests.push(`${response.request().method()} ${response.url()} → ${response.status()}`)
    }
  })

  const isExpected = (line: string) =>
    [...expected].some(
      (url) =>
        line.includes(` ${url} → `) || (line.startsWith('Failed to load resource') && line.endsWith(`(at ${url})`)),
    )
  return {
    page,
    context,
    consoleErrors,
    failedRequests,
    problems: () => [...consoleErrors, ...failedRequests].filter((line) => !isExpected(line)),
    expectStatusFor: (url) => {
      expected.add(new URL(url, origin).toString())
    },
  }
}

/** Runs axe-core with the WCAG 2.2 AA tags; returns one readable line per violation. */
export async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource: newestAxe() }).withTags(WCAG_TAGS).analyze()
  return results.violations.map(
    (v) =>
      `${v.id} [${v.impact ?? 'n/a'}] ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''} (${page.url()})`,
  )
}

/** Logs in as the editor through the REST API and gives the context the session cookie; returns the token. */
export async function asEditor(context: BrowserContext): Promise<string> {
  const token = await login('editor')
  await context.addCookies([{ name: 'payload-token', value: token, url: baseURL(), httpOnly: true, sameSite: 'Lax' }])
  return token
}

/** The same-origin pathnames (with query) of the links inside `scope`, in document order, deduplicated. */
export async function linkPaths(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page
    .locator(scope)
    .first()
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
  const origin = new URL(baseURL()).origin
  const paths = hrefs
    .filter((href) => new URL(href).origin === origin)
    .map((href) => {
      const u = new URL(href)
      return `${u.pathname}${u.search}`
    })
  return [...new Set(paths)]
}

/** What the sample analysis files say, read from the files themselves so the tests follow them. */
export type SampleFilm = {
  file: string
  slug: string
  title: string
  logline: string
  released: string
  year: number
  country: string
  rating: number
  director: string
  cast: string[]
  genres: string[]
  symbols: string[]
  questions: string[]
}

export function sampleFilms(): SampleFilm[] {
  return sampleFilmFiles().map((file) => {
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
    const facts = lines.map((l) => /^(\d{1,2} [A-Z][a-z]+ (\d{4})) (.+?) \d+ min\b/.exec(l)).find(Boolean)
    const castAt = lines.findIndex((l) => l.startsWith('Cast:'))
    const between = (from: string, to: string) => lines.slice(lines.indexOf(from) + 1, lines.indexOf(to))
    if (!facts || castAt < 0) throw new Error(`${file}: no facts line`)
    const title = lines[0]!
    return {
      file,
      slug: slugify(title),
      title,
      logline: lines[1]!,
      released: facts[1]!,
      year: Number(facts[2]),
      country: facts[3]!,
      rating: Number(/⭐ ([\d.]+)/.exec(lines.find((l) => l.includes('⭐')) ?? '')?.[1]),
      director: lines
        .find((l) => l.startsWith('Director:'))!
        .replace('Director:', '')
        .trim(),
      cast: lines[castAt]!.replace('Cast:', '')
        .split(',')
        .map((s) => s.trim()),
      genres: lines[castAt + 1]!.split(' '),
      symbols: between('Symbols & Motifs', 'Philosophical Questions').filter((_, i, all) => all[i + 2] === 'Meaning:'),
      questions: between('Philosophical Questions', 'Core Meaning').filter((l) => l.endsWith('?')),
    }
  })
}

/**
 * Opens `path` in a fresh context and waits until the network is quiet, so hydration errors and
 * failed prefetches have surfaced; asserts the document's status.
 */
export async function visit(
  session: BrowserSession,
  path: string,
  { status = 200, ...options }: { status?: number } & Parameters<BrowserSession['page']>[0] = {},
): Promise<TrackedPage> {
  const tracked = await session.page(options)
  if (status >= 400) tracked.expectStatusFor(path)
  const response = await tracked.page.goto(path, { waitUntil: 'networkidle' })
  if (response?.status() !== status)
    throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}, expected ${status}`)
  return tracked
}

/** The texts of the page's level-1 headings. */
export const headings1 = (page: Page): Promise<string[]> => page.getByRole('heading', { level: 1 }).allInnerTexts()

/** The visible text of the page's main landmark, whitespace collapsed. */
export const mainText = async (page: Page): Promise<string> =>
  (await page.locator('main').first().innerText()).replace(/\s+/g, ' ')

/** Paths of film pages (/films/<slug>) linked from `scope`, in order. */
export const filmLinks = async (page: Page, scope = 'main'): Promise<string[]> =>
  (await linkPaths(page, scope)).filter((p) => /^\/films\/[^/?#]+$/.test(p)).map((p) => p.replace('/films/', ''))
