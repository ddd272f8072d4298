// How long the admin's film edit view takes to fill: the page's own server time, and the time from
// navigation until the last of the admin's data requests (the symbols and essays join tables,
// the genre and theme pickers) has answered. Run against a production server whose database holds
// a catalogue (bench/catalogue/README.md); each figure is the median of --runs loads, after one
// load that warms the server.
//
//   node bench/admin-edit-view.mjs --url http://127.0.0.1:3000 --email a@b.c --password … [--runs 7]

import { parseArgs } from 'node:util'

import { chromium } from 'playwright-core'

import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/helpers/chromium.mjs'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    runs: { type: 'string', default: '7' },
  },
})
if (!values.url || !values.email || !values.password) throw new Error('--url, --email and --password are required')
const base = values.url.replace(/\/$/, '')

const json = async (response) => {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`)
  return response.json()
}
const { token } = await json(
  await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: values.email, password: values.password }),
  }),
)
const auth = { headers: { authorization: `JWT ${token}` } }
const { totalDocs } = await json(await fetch(`${base}/api/films?limit=1&depth=0`, auth))
// A film that has symbols (every catalogue film has 6, and 4 essays): its join tables are full.
const symbols = await json(await fetch(`${base}/api/symbols?limit=1&depth=0&sort=-createdAt`, auth))
const filmId = symbols.docs[0].film

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
try {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } })
  await context.addCookies([{ name: 'payload-token', value: token, url: base, httpOnly: true, sameSite: 'Lax' }])
  const page = await context.newPage()
  const server = []
  const filled = []
  for (let run = 0; run <= Number(values.runs); run++) {
    await page.goto(`/admin/collections/films/${filmId}`, { waitUntil: 'networkidle' })
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation')
      const data = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'fetch' && new URL(entry.name).pathname.startsWith('/admin'))
      return {
        server: navigation.responseStart - navigation.requestStart,
        filled: Math.max(navigation.responseEnd, ...data.map((entry) => entry.responseEnd)),
      }
    })
    if (run === 0) continue // warms the server's caches and the browser's
    server.push(timing.server)
    filled.push(timing.filled)
  }
  console.log(
    JSON.stringify({
      films: totalDocs,
      runs: server.length,
      serverMs: Math.round(median(server)),
      filledMs: Math.round(median(filled)),
    }),
  )
} finally {
  await browser.close()
}
