import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/helpers/chromium.mjs'
import { median } from './stats.mjs'

// Lighthouse (mobile, its default config: simulated slow 4G and a 4× slower CPU) in Debian's
// Chromium, started by chrome-launcher with a fresh temporary profile and the browser tests' flags.
// CHROME_PATH overrides the browser.

export const lighthouseVersion = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8'),
).version

async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' })
  if (!result) throw new Error('Lighthouse returned nothing')
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)
  const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
  }
}

/**
 * Audits each URL `runs` times in one browser; resolves with one row per URL holding the median of
 * every number, or `error` when an audit failed.
 */
export async function lighthouseMedians(urls, runs) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  })
  const rows = []
  try {
    for (const url of urls) {
      try {
        const samples = []
        for (let i = 0; i < runs; i += 1) samples.push(await audit(url, chrome.port))
        const row = { url }
        for (const key of Object.keys(samples[0])) row[key] = median(samples.map((s) => s[key]))
        rows.push(row)
      } catch (error) {
        rows.push({ url, error: error.message })
      }
    }
  } finally {
    await chrome.kill()
  }
  return rows
}
