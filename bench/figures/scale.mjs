import path from 'node:path'

import { provisionApp } from '../lib/app.mjs'
import { CATALOGUE_MISSING, catalogueFill, hasCatalogue } from '../lib/catalogue.mjs'
import { sequentialTimes } from '../lib/http.mjs'
import { percentiles } from '../lib/stats.mjs'
import { count, verdict } from '../lib/table.mjs'
import { latencySummary, missEveryCache, notRun } from './shared.mjs'

// Figures 4 and 6: the catalogue pages at N films on SQLite and PostgreSQL beside the same pages at
// the sample films, every request a cache miss (the database's cost is what grows with N); and the
// importer's files per second over 1,000 generated files (50 with --quick).

/** One page of each kind that has content, found as a visitor finds it (the public REST API). */
async function pagesOf(app) {
  const response = await fetch(`${app.baseURL}/api/films?limit=1&depth=1&sort=title`)
  if (!response.ok) throw new Error(`GET /api/films answered ${response.status}`)
  const [film] = (await response.json()).docs
  if (!film) throw new Error('no published film to take the pages from')
  const slugOf = (list, what) => {
    const slug = list?.find((item) => typeof item === 'object' && item?.slug)?.slug
    if (!slug) throw new Error(`${film.slug} has no ${what}`)
    return slug
  }
  const word = film.title.split(/\W+/).find((w) => w.length >= 3) ?? film.title
  return [
    ['`/films` filtered by genre', `/films?genre=${slugOf(film.genres, 'genre')}`],
    ['theme page', `/themes/${slugOf(film.themes, 'theme')}`],
    ['person page', `/people/${slugOf(film.directors, 'director')}`],
    ['search', `/search?q=${encodeURIComponent(word.toLowerCase())}`],
  ]
}

async function measurePages(app, samples) {
  const pages = await pagesOf(app)
  const results = []
  for (const [label, path] of pages) {
    const times = await sequentialTimes(`${app.baseURL}${path}`, samples, { before: missEveryCache(app) })
    results.push({ label, path, ...percentiles(times) })
  }
  return results
}

/** Serves a database of `kind` filled by `fill`, measures its pages, stops it. */
async function measureOn(kind, fill, { plan, dir, log }) {
  const app = await provisionApp({ kind, dir, name: `scale-${kind}-${fill ? 'catalogue' : 'samples'}`, fill })
  try {
    log(`figure 4: pages on ${kind} (${app.filled.films} films)`)
    return { filled: app.filled, pages: await measurePages(app, plan.samples) }
  } finally {
    await app.stop()
  }
}

const DATABASES = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

export async function scaleFigures(context) {
  const { films, seed, app } = context
  const catalogue = hasCatalogue()
  const rows = []
  let importer = null
  for (const [kind, name] of Object.entries(DATABASES)) {
    let samples
    let large = null
    try {
      // The main app already serves the samples on SQLite.
      samples =
        kind === 'sqlite'
          ? { filled: app.filled, pages: await measurePages(app, context.plan.samples) }
          : await measureOn(kind, null, context)
      if (catalogue)
        large = await measureOn(kind, catalogueFill(films, seed, path.join(context.dir, `catalogue-${kind}`)), context)
    } catch (error) {
      context.log(`figure 4 on ${name} failed: ${error.stack}`)
      rows.push(notRun('4', `catalogue pages on ${name}`, error.message.split('\n')[0]))
      continue
    }
    if (kind === 'sqlite' && large && films === context.plan.importerFiles) importer = large.filled
    samples.pages.forEach((sample, i) => {
      const at = large?.pages[i]
      rows.push({
        figure: '4',
        what: `${sample.label} on ${name} at ${films.toLocaleString('en-GB')} films, uncached (\`${at?.path ?? sample.path}\`)`,
        measured: at ? latencySummary(at) : CATALOGUE_MISSING,
        reference: `${samples.filled.films} sample films (\`${sample.path}\`): ${latencySummary(sample)}`,
        target: '',
        verdict: '–',
      })
    })
  }
  rows.push(await importerRow(context, catalogue, importer))
  return rows
}

/** Figure 6, from the N-film SQLite import when N is the importer's count (1,000), or from a run of its own. */
async function importerRow(context, catalogue, measured) {
  const files = context.plan.importerFiles
  const what = `importer, ${files.toLocaleString('en-GB')} generated analysis files into SQLite`
  if (!catalogue) return notRun('6', what, CATALOGUE_MISSING, '≥ 20 files/s')
  let result = measured
  if (!result) {
    context.log(`figure 6: importing ${files} generated files`)
    try {
      const app = await provisionApp({
        kind: 'sqlite',
        dir: context.dir,
        name: 'importer',
        fill: catalogueFill(files, context.seed, path.join(context.dir, 'catalogue-importer')),
      })
      result = app.filled
      await app.stop()
    } catch (error) {
      return notRun('6', what, error.message, '≥ 20 files/s')
    }
  }
  return {
    figure: '6',
    what,
    measured: `${count(result.filesPerSecond)} files/s (${result.films} films; import ${count(result.importSeconds)} s, generation ${count(result.generateSeconds)} s)`,
    reference: '',
    target: '≥ 20 files/s',
    verdict: verdict(result.filesPerSecond >= 20),
  }
}
