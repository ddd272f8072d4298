import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

// Headless Chromium from Debian's `chromium` package, driven by playwright-core (which never
// downloads a browser). One browser per test file; each `page()` gets its own context, so
// cookies (an editor's session, Next's draft mode) never leak from one check to the next.

export const CHROMIUM = '/usr/bin/chromium'

/** The flags CI runs Chromium with (as root); bench/ uses the same list. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The tests talk to 127.0.0.1 only: any other host name fails to resolve instead of leaving the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]

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
    throw new Error(`${CHROMIUM} is missing: install Debian's "chromium" package (apt-get install -y --no-install-recommends chromium); .ci/run does this`)
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
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (at ${message.location().url || page.url()})`)
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

  const isExpected = (line: string) => [...expected].some((url) => line.includes(` ${url} → `) || (line.startsWith('Failed to load resource') && line.endsWith(`(at ${url})`)))
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
    (v) => `${v.id} [${v.impact ?? 'n/a'}] ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''} (${page.url()})`,
  )
}

/** Logs in as the editor through the REST API and gives the context the session cookie; returns the token. */
export async function asEditor(context: BrowserContext): Promise<string> {
  const token = await login('editor')
  await context.addCookies([{ name: 'payload-token', value: token, url: baseURL(), httpOnly: true, sameSite: 'Lax' }])
  return token
}

/** A JWT for one of the accounts the global setup registered. */
export async function login(role: 'admin' | 'editor' | 'writer'): Promise<string> {
  const response = await fetch(new URL('/api/users/login', baseURL()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(inject('accounts')[role]),
  })
  const json = (await response.json().catch(() => ({}))) as { token?: string }
  if (!response.ok || !json.token) throw new Error(`logging in as ${role} answered ${response.status}`)
  return json.token
}

/** The same-origin pathnames (with query) of the links inside `scope`, in document order, deduplicated. */
export async function linkPaths(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page.locator(scope).first().locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
  const origin = new URL(baseURL()).origin
  const paths = hrefs.filter((href) => new URL(href).origin === origin).map((href) => {
    const u = new URL(href)
    return `${u.pathname}${u.search}`
  })
  return [...new Set(paths)]
}
