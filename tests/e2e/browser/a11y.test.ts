import { describe, expect, it } from 'vitest'

import { axe, useBrowser, visit } from '../helpers/browser'

// axe-core at WCAG 2.2 AA (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) on one page of each type,
// in a phone-sized and a desktop-sized viewport: zero violations.

const session = useBrowser()

const pages: [type: string, path: string, status?: number][] = [
  ['home', '/'],
  ['films list', '/films'],
  ['films list, filtered and sorted', '/films?genre=drama&sort=-rating'],
  ['film', '/films/miracle-in-cell-no-7'],
  ['symbol', '/films/miracle-in-cell-no-7/symbols/sailor-moon-backpack'],
  ['essay', '/essays/what-is-the-true-meaning-of-justice'],
  ['themes', '/themes'],
  ['theme', '/themes/sacrifice'],
  ['genre', '/genres/drama'],
  ['person', '/people/lee-hwan-kyung'],
  ['search results', '/search?q=justice'],
  ['search without results', '/search?q=zzqxv'],
  ['404', '/films/no-such-film', 404],
]

const viewports = [
  // The phone Lighthouse emulates (Moto G Power), so both tools judge the same layout.
  { name: 'phone', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
]

describe.each(viewports)('WCAG 2.2 AA on a $name', ({ name: _name, ...device }) => {
  it.each(pages)('%s page (%s) has no axe violations', async (_type, path, status = 200) => {
    const { page } = await visit(session, path, { status, ...device })
    expect(await axe(page)).toEqual([])
    // Also what axe's best-practice rules would say, but cheap and central to reading: one h1, a lang.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}/)
  })
})

describe('keyboard', () => {
  it('the first Tab stop is a skip link to the main content', async () => {
    const { page } = await visit(session, '/films/miracle-in-cell-no-7')
    await page.keyboard.press('Tab')
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null)
    expect(href).toMatch(/^#[\w-]+$/)
    // The target is the main landmark, or inside it and before the page's h1.
    const target = await page.evaluate((id) => {
      const el = document.getElementById(id)
      const main = document.querySelector('main')
      const h1 = document.querySelector('h1')
      return (
        !!el &&
        !!main &&
        (el === main ||
          (main.contains(el) && !!h1 && !!(el.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING)) ||
          el.contains(main))
      )
    }, href!.slice(1))
    expect(target).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`${href}$`))
  })
})
