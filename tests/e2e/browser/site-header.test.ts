import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useBrowser, visit } from '../helpers/browser'

// The site header keeps its designed layout at every width: one row on a desktop; on a phone two
// tidy rows (the name and the search box, then the five links spread across the width), never
// links wrapping into ragged lines, and nothing wider than the screen.

const session = useBrowser()

type Box = { top: number; bottom: number; left: number; right: number }

/** Where the header's parts are drawn, and how wide the page is. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (element: Element | null): Box => {
      const { top, bottom, left, right } = element!.getBoundingClientRect()
      return { top, bottom, left, right }
    }
    const header = document.querySelector('.site-header')!
    return {
      header: box(header),
      brand: box(header.querySelector('.site-header__brand')),
      search: box(header.querySelector('form[role="search"]')),
      links: [...header.querySelectorAll('.site-nav a')].map(box),
      pageWidth: document.documentElement.scrollWidth,
    }
  })

const middle = (b: Box) => (b.top + b.bottom) / 2

describe.each([360, 375, 414])('the site header on a %i px phone', (width) => {
  it('is two tidy rows and nothing overflows', async () => {
    const { page, problems } = await visit(session, '/films/miracle-in-cell-no-7', { viewport: { width, height: 800 } })
    const { header, brand, search, links, pageWidth } = await layout(page)
    expect(pageWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(width)
    expect(Math.abs(middle(brand) - middle(search)), 'the name and the search box share the first row').toBeLessThan(8)
    expect(links).toHaveLength(5)
    expect(new Set(links.map((l) => Math.round(l.top))).size, 'the links stand on one line').toBe(1)
    expect(links[0]!.top, 'the links come below the first row').toBeGreaterThanOrEqual(search.bottom)
    for (const box of [brand, search, ...links]) {
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(width)
    }
    expect(header.bottom - header.top, 'two rows high').toBeLessThan(120)
    expect(problems()).toEqual([])
  })
})

describe('the site header on a desktop', () => {
  it('is one row', async () => {
    const { page } = await visit(session, '/', { viewport: { width: 1280, height: 800 } })
    const { header, brand, search, links } = await layout(page)
    for (const part of [search, ...links]) expect(Math.abs(middle(part) - middle(brand))).toBeLessThan(8)
    expect(header.bottom - header.top).toBeLessThan(90)
  })
})
