import { firstLoadJs } from '../lib/firstLoadJs.mjs'
import { lighthouseMedians } from '../lib/lighthouse.mjs'
import { kB, ms, verdict } from '../lib/table.mjs'
import { FILM_PATH, notRun } from './shared.mjs'

// Figures 7 and 8: what the visitor's browser gets. First-load JavaScript of the film page and `/`
// against the bare App Router page, and Lighthouse mobile on the film page against the bare page.

export async function firstLoadFigures({ app, bare, log }) {
  log('figure 7: first-load JavaScript')
  const reference = await firstLoadJs(`${bare.baseURL}/`)
  const rows = []
  for (const [what, path] of [
    ['the film page', FILM_PATH],
    ['`/`', '/'],
  ]) {
    const { gzipped, files } = await firstLoadJs(`${app.baseURL}${path}`)
    rows.push({
      figure: '7',
      what: `first-load JS (gzip) of ${what}`,
      measured: `${kB(gzipped)} in ${files.length} files (+${kB(gzipped - reference.gzipped)})`,
      reference: `bare App Router page: ${kB(reference.gzipped)} in ${reference.files.length} files`,
      target: 'within 10 kB of bare',
      verdict: verdict(gzipped - reference.gzipped <= 10_000),
    })
  }
  return rows
}

const scores = (r) =>
  `${r.performance}/${r.accessibility}/${r['best-practices']}/${r.seo} · LCP ${ms(r.lcpMs)} · TBT ${ms(r.tbtMs)} · CLS ${r.cls.toFixed(3)}`

export async function lighthouseFigures({ plan, app, bare, log }) {
  log(`figure 8: Lighthouse mobile, ${plan.lighthouseRuns} run(s) per page`)
  const what = `Lighthouse mobile on the film page (perf/a11y/best practices/SEO), median of ${plan.lighthouseRuns}`
  const [film, reference] = await lighthouseMedians(
    [`${app.baseURL}${FILM_PATH}`, `${bare.baseURL}/`],
    plan.lighthouseRuns,
  )
  if (film.error) return [notRun('8', what, film.error, '100/100/100/100')]
  return [
    {
      figure: '8',
      what,
      measured: scores(film),
      reference: reference.error ? `bare page: failed: ${reference.error}` : `bare page: ${scores(reference)}`,
      target: '100/100/100/100',
      verdict: verdict(
        [film.performance, film.accessibility, film['best-practices'], film.seo].every((s) => s === 100),
      ),
    },
  ]
}
