import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { sampleFilmFiles } from '../../src/seed/paths'
import { CHROMIUM, CHROMIUM_FLAGS } from '../helpers/chromium.mjs'
import { freePort, npmRun, productionEnv, ROOT, startProductionServer } from '../e2e/setup/production'

// `npm run screenshots`: the home page, a film page, a theme page and the symbol atlas at phone
// and desktop widths, from the production build (`npm run build` first) serving the sample films
// on a fresh SQLite database, into docs/screenshots/. Prints the font bytes each page downloaded.

const OUT = path.join(ROOT, 'docs/screenshots')
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'film', path: '/films/miracle-in-cell-no-7' },
  { name: 'theme', path: '/themes/sacrifice' },
  { name: 'symbols', path: '/symbols' },
]
const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false },
]

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('no production build: run `npm run build` first')
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`)
  const env = productionEnv(
    `file:${path.join(mkdtempSync(path.join(tmpdir(), 'subtext-screenshots-')), 'site.db')}`,
    await freePort(),
  )
  npmRun(env, 'migrate')
  npmRun(env, 'import', sampleFilmFiles())
  const server = await startProductionServer(env)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    mkdirSync(OUT, { recursive: true })
    for (const width of WIDTHS) {
      for (const page of PAGES) {
        const context = await browser.newContext({ ...width, baseURL: server.baseURL })
        const tab = await context.newPage()
        let fontBytes = 0
        tab.on('response', (response) => {
          if (response.request().resourceType() !== 'font') return
          void response.body().then((body) => (fontBytes += body.length))
        })
        await tab.goto(page.path, { waitUntil: 'networkidle' })
        await tab.evaluate(() => document.fonts.ready)
        const file = path.join(OUT, `${page.name}-${width.name}.png`)
        await tab.screenshot({ path: file, fullPage: true })
        console.log(`${path.relative(ROOT, file)}  fonts ${(fontBytes / 1024).toFixed(1)} KB`)
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
