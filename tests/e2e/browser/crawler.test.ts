import { expect, it } from 'vitest'

import { baseURL, sampleFilms, useBrowser } from '../helpers/browser'

// Follows every same-origin link from the home page, breadth first, with JavaScript off (so only
// links in the server's HTML count, as for a search engine or a reader without JS), skipping the
// admin, the API and previews. Bounded: at most MAX_PAGES pages and BUDGET_MS of crawling, and
// at most MAX_VARIANTS query-string variants of one path (the /films filter links combine without
// end; search-and-filters.test.ts checks what they list).

const MAX_PAGES = 400
const MAX_VARIANTS = 30
const BUDGET_MS = 180_000
const SKIP = /^\/(admin|api|preview)(\/|$|\?)/

const session = useBrowser()

type Visit = { status: number; from: string }

it(
  'follows every internal link from / and finds no 404 and no 5xx',
  async () => {
    const origin = new URL(baseURL()).origin
    const context = await session.browser().newContext({ baseURL: baseURL(), javaScriptEnabled: false })
    const page = await context.newPage()
    const visited = new Map<string, Visit>()
    const queue: { path: string; from: string }[] = [{ path: '/', from: '(start)' }]
    const queued = new Set(['/'])
    const variants = new Map<string, number>()
    let skippedVariants = 0
    const deadline = Date.now() + BUDGET_MS
    const errors: string[] = []

    while (queue.length && visited.size < MAX_PAGES && Date.now() < deadline) {
      const { path, from } = queue.shift()!
      let status: number
      let links: string[] = []
      try {
        const response = await page.goto(path, { waitUntil: 'domcontentloaded', timeout: 30_000 })
        status = response?.status() ?? 0
        if (new URL(page.url()).origin !== origin)
          errors.push(`${path} (linked from ${from}) redirected off the site to ${page.url()}`)
        else if ((response?.headers()['content-type'] ?? '').includes('text/html')) {
          links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
        }
      } catch (error) {
        // A download or an XML file Chromium will not render: ask for the status alone.
        const response = await context.request.get(path, { maxRedirects: 0 }).catch(() => null)
        status = response?.status() ?? 0
        if (!response) errors.push(`${path} (linked from ${from}): ${(error as Error).message.split('\n')[0]}`)
      }
      visited.set(path, { status, from })

      for (const href of links) {
        const target = new URL(href)
        if (target.origin !== origin) continue
        const next = `${target.pathname}${target.search}`
        if (SKIP.test(next) || queued.has(next)) continue
        queued.add(next)
        if (target.search) {
          const seen = (variants.get(target.pathname) ?? 0) + 1
          variants.set(target.pathname, seen)
          if (seen > MAX_VARIANTS) {
            skippedVariants += 1
            continue
          }
        }
        queue.push({ path: next, from: path })
      }
    }
    await context.close()

    const finished = queue.length === 0
    console.info(
      `crawler: ${visited.size} pages in ${Math.round((BUDGET_MS - (deadline - Date.now())) / 1000)} s, ${finished ? 'every link followed' : `stopped at the bound with ${queue.length} links unvisited`}${skippedVariants ? `, ${skippedVariants} further query-string variants not visited` : ''}`,
    )

    const broken = [...visited]
      .filter(([, v]) => v.status === 404 || v.status >= 500 || v.status === 0)
      .map(([path, v]) => `${v.status} ${path} (linked from ${v.from})`)
    expect(broken).toEqual([])
    expect(errors).toEqual([])

    // Every page type is reachable from the home page by links alone.
    const paths = [...visited.keys()]
    for (const film of sampleFilms()) expect(paths).toContain(`/films/${film.slug}`)
    for (const type of [
      /^\/films$/,
      /^\/films\/[^/?]+\/symbols\/[^/?]+$/,
      /^\/essays\/[^/?]+$/,
      /^\/themes$/,
      /^\/themes\/[^/?]+$/,
      /^\/genres\/[^/?]+$/,
      /^\/people\/[^/?]+$/,
    ]) {
      expect(
        paths.some((p) => type.test(p)),
        `a page matching ${type} is linked`,
      ).toBe(true)
    }
    expect(paths.some((p) => p.includes('the-unfinished-draft'))).toBe(false)
  },
  BUDGET_MS + 60_000,
)
