import { randomBytes } from 'node:crypto'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { noncePlaceholder } from '../../../src/lib/security/noncePlaceholder'
import { login, useBrowser } from '../helpers/browser'
import { apiOk, url } from '../helpers/http'

// The Content-Security-Policy as Chromium enforces it: the reading site and the whole admin
// (login, dashboard, editing with autosave, publishing, Live Preview framing the site) run with
// no `securitypolicyviolation` event in any frame and no CSP message in the console.

const session = useBrowser()
const suffix = randomBytes(4)
  .toString('hex')
  .replace(/\d/g, (d) => 'klmnopqrst'[Number(d)]!)
const film = {
  title: `Policy Probe ${suffix}`,
  slug: `policy-probe-${suffix}`,
  logline: `A film drafted to test the policy (${suffix}).`,
}

let token: string
let id: string | number | undefined

const api = (method: string, path: string, body?: unknown) =>
  apiOk<{ doc: { id: string | number } }>(method, path, { token, body })

beforeAll(async () => {
  token = await login('editor')
  id = (await api('POST', '/films', { title: film.title, logline: film.logline, _status: 'draft' })).doc.id
})

afterAll(async () => {
  if (id !== undefined) await api('DELETE', `/films/${id}`).catch(() => undefined)
})

/** Everything the policy blocked in any frame of the context, and every console line about CSP. */
async function watchPolicy(context: BrowserContext, page: Page): Promise<string[]> {
  const reports: string[] = []
  await context.exposeBinding('__subtextCspViolation', ({ frame }, line: string) => {
    reports.push(`${line} (in ${frame.url()})`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __subtextCspViolation: (line: string) => void }).__subtextCspViolation
      report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) reports.push(`console ${message.type()}: ${message.text()}`)
  })
  return reports
}

async function open(path: string) {
  const tracked = await session.page()
  const reports = await watchPolicy(tracked.context, tracked.page)
  const response = await tracked.page.goto(path, { waitUntil: 'networkidle' })
  return { ...tracked, reports, response }
}

/** Next's client runtime sets window.next once its scripts have run: the nonce let them. */
const nextRan = (page: Page) =>
  page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)

describe('the reading site', () => {
  it.each(['/', '/films/miracle-in-cell-no-7', '/search?q=justice'])(
    '%s runs its scripts with nothing blocked',
    async (path) => {
      const { page, reports, problems, response } = await open(path)
      expect(response?.status()).toBe(200)
      expect(await nextRan(page)).toBe('string')
      expect(reports).toEqual([])
      expect(problems()).toEqual([])
    },
  )

  it('does block script the server did not send (so the checks above can fail)', async () => {
    const { page, reports } = await open('/')
    await page.evaluate(() => {
      const button = document.createElement('button')
      button.setAttribute('onclick', 'window.__injected = true')
      document.body.append(button)
      button.click()
    })
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    await expect.poll(() => reports.join('\n')).toMatch(/script-src-attr blocked inline/)
  })
})

describe('a cached page', () => {
  it('runs its own scripts on every response, each time under a new nonce', async () => {
    const nonces: string[] = []
    for (let i = 0; i < 2; i++) {
      const { page, reports, response } = await open('/films/miracle-in-cell-no-7')
      expect(response?.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE|MISS)$/)
      expect(await nextRan(page)).toBe('string')
      expect(reports).toEqual([])
      nonces.push(/'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')![1]!)
    }
    expect(nonces[1]).not.toBe(nonces[0])
  })

  it('runs no script an editor stored, even one carrying a nonce seen on the page or the server’s placeholder', async () => {
    const slug = `guessed-nonce-${suffix}`
    const seen = /'nonce-([^']+)'/.exec(
      (await fetch(url('/films/miracle-in-cell-no-7'))).headers.get('content-security-policy')!,
    )![1]!
    const placeholder = noncePlaceholder(inject('serverEnv').PAYLOAD_SECRET)
    const stored = (flag: string, nonce: string) => `<script nonce="${nonce}">window.${flag} = true</script>`
    const created = await api('POST', '/films', {
      title: `Guessed Nonce ${suffix}`,
      slug,
      logline: `${stored('__seenNonceRan', seen)} ${stored('__placeholderRan', placeholder)}`,
      tagline: stored('__plainRan', 'x'),
      _status: 'published',
    })
    try {
      for (let i = 0; i < 2; i++) {
        const { page } = await open(`/films/${slug}`)
        expect(await nextRan(page)).toBe('string')
        const ran = await page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>
          return ['__seenNonceRan', '__placeholderRan', '__plainRan'].filter((flag) => w[flag] !== undefined)
        })
        expect(ran).toEqual([])
        // Shown as the text it is.
        expect(await page.locator('main').innerText()).toContain(`nonce="${seen}"`)
      }
    } finally {
      await api('DELETE', `/films/${created.doc.id}`)
    }
  })
})

describe('the admin', () => {
  it('logs in, edits with autosave, shows Live Preview of the site and publishes, with nothing blocked', async () => {
    const { page, reports } = await open('/admin/login')
    const writes: string[] = []
    page.on('response', (response) => {
      const request = response.request()
      if (new URL(response.url()).pathname.startsWith('/api/') && ['POST', 'PATCH'].includes(request.method())) {
        writes.push(
          `${request.method()} ${new URL(response.url()).pathname}${new URL(response.url()).search} → ${response.status()}`,
        )
      }
    })
    const waitForWrite = (pattern: RegExp) =>
      expect.poll(() => writes.filter((w) => pattern.test(w)), { timeout: 20_000, interval: 250 }).not.toEqual([])

    // Login and the dashboard.
    const { email, password } = inject('accounts').editor
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((u) => u.pathname === '/admin' || u.pathname === '/admin/', { timeout: 30_000 })
    await expect.poll(() => page.locator('a[href="/admin/collections/films"]').count()).toBeGreaterThan(0)
    expect(await nextRan(page)).toBe('string')

    // Editing, with Live Preview beside the form: the site framed by the admin.
    await page.goto(`/admin/collections/films/${id}`, { waitUntil: 'networkidle' })
    await page.locator('#live-preview-toggler').click()
    const preview = page.frameLocator('iframe')
    await expect.poll(() => preview.locator('h1').first().innerText(), { timeout: 30_000 }).toBe(film.title)

    const edited = `Edited under the policy (${suffix}).`
    await page.locator('#field-logline').fill(edited)
    await waitForWrite(/autosave=true.* → 200/)
    await expect.poll(() => preview.locator('main').innerText(), { timeout: 30_000 }).toContain(edited)

    await page.locator('#action-save').click()
    await waitForWrite(new RegExp(`PATCH /api/films/${id}(?!.*autosave).* → 200`))
    const saved = (await (
      await fetch(url(`/api/films/${id}?depth=0`), { headers: { authorization: `JWT ${token}` } })
    ).json()) as { logline?: string; _status?: string }
    expect(saved.logline).toBe(edited)
    expect(saved._status).toBe('published')

    expect(writes.filter((w) => !/ → 20\d$/.test(w))).toEqual([])
    expect(reports).toEqual([])
  })
})
