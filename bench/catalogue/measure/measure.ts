/**
 * Server time of the public pages' content reads and of the admin's queries, uncached, on the
 * database DATABASE_URI names (a catalogue from `npm run bench:catalogue`). Run as
 * `npm run bench:catalogue:measure -- [--runs N] [--beside URI]`; prints a Markdown table and, last,
 * its JSON. `--beside` also measures the database URI names (a small catalogue) in the same run, in
 * a process of its own (Payload holds one database per process), and sets its figures beside.
 *
 * The public reads are the content layer's own functions, with Next's cache and request replaced
 * by a visitor with no cache (./hooks.mjs), so the figures are the database and Payload work of a
 * cache miss without rendering. The admin's are the Local API calls behind its REST requests.
 */
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'

import type { Payload, Where } from 'payload'

import * as content from '../../../src/lib/content'
import { payloadClient } from '../../../src/lib/payload'

/** Wall-clock p50/p99 of a read, and the p50 of this process's CPU time during it (on a loaded machine
 * the wall clock mostly measures the wait for a core; the CPU time does not, though it leaves out
 * PostgreSQL's own work, done in its server). */
type Timing = { name: string; p50: number; p99: number; cpuP50: number; runs: number }
type Measured = { films: number; chosen: Record<string, string | number>; timings: Timing[] }

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

async function time(name: string, runs: number, read: () => Promise<unknown>): Promise<Timing> {
  await read() // the first call warms Payload's and the database's own caches, as a running server has
  const ms: number[] = []
  const cpuMs: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    await read()
    const used = process.cpuUsage(cpu)
    ms.push(performance.now() - start)
    cpuMs.push((used.user + used.system) / 1000)
  }
  ms.sort((a, b) => a - b)
  cpuMs.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    name,
    p50: round(percentile(ms, 50)),
    p99: round(percentile(ms, 99)),
    cpuP50: round(percentile(cpuMs, 50)),
    runs,
  }
}

async function firstSlug(payload: Payload, collection: 'themes' | 'people', where?: Where): Promise<string> {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, sort: 'createdAt' })
  if (!docs[0]) throw new Error(`no ${collection} in the database: run npm run bench:catalogue first`)
  return docs[0].slug
}

/** Every read, named the same whatever the catalogue's size; `chosen` says which theme, page… each names. */
async function measure(runs: number, only?: RegExp): Promise<Measured> {
  const payload = await payloadClient()
  const films = (await payload.count({ collection: 'films' })).totalDocs
  const deepPage = Math.min(400, Math.max(1, Math.ceil(films / content.FILMS_PER_PAGE)))
  // The earliest theme and person are on the most films, as the generator reuses early names.
  const theme = await firstSlug(payload, 'themes')
  const person = await firstSlug(payload, 'people')
  const film = (await payload.find({ collection: 'films', limit: 1, depth: 0, sort: 'title' })).docs[0]!
  const admin = { overrideAccess: true, draft: true } as const
  const chosen = { deepPage, theme, person, film: film.slug }
  // The admin's list filter names the genre by id, as its relationship filter sends it.
  const drama = (await payload.find({ collection: 'genres', where: { slug: { equals: 'drama' } }, limit: 1, depth: 0 }))
    .docs[0]!.id

  const reads: [string, () => Promise<unknown>][] = [
    ['/ (home)', () => content.getHomeContent()],
    ['/films', () => Promise.all([content.listFilms({}), content.getFilmFacets()])],
    ['/films?sort=-releaseDate', () => content.listFilms({ sort: '-releaseDate' })],
    ['/films?sort=releaseDate', () => content.listFilms({ sort: 'releaseDate' })],
    ['/films?sort=-rating', () => content.listFilms({ sort: '-rating' })],
    ['/films?genre=drama', () => content.listFilms({ genre: 'drama' })],
    ['/films?theme=<theme>', () => content.listFilms({ theme })],
    ['/films?country=Japan', () => content.listFilms({ country: 'Japan' })],
    ['/films?decade=1990', () => content.listFilms({ decade: 1990 })],
    ['/films?page=<deep>', () => content.listFilms({ page: deepPage })],
    ['/films?sort=-releaseDate&page=<deep>', () => content.listFilms({ sort: '-releaseDate', page: deepPage })],
    ['/films?sort=-rating&page=<deep>', () => content.listFilms({ sort: '-rating', page: deepPage })],
    ['/films?genre=drama&page=<deep>', () => content.listFilms({ genre: 'drama', page: deepPage })],
    [
      '/films/<film>',
      async () => {
        const shown = await content.getFilm(film.slug)
        await Promise.all([content.getFilmAnalysis(shown!.id), content.getRelatedFilms(shown!)])
      },
    ],
    ['/themes/<theme>', () => content.getThemeFilmsPage(theme, 1)],
    ['/symbols', () => content.getAtlasPage(1)],
    ['/essays', () => content.listEssays({})],
    ['/genres/drama', () => content.getGenrePage('drama')],
    ['/people/<person>', () => content.getPersonPage(person)],
    ['/feed.xml', () => content.listFeedItems()],
    ['/sitemap.xml (segments)', () => content.listSitemapSegments()],
    ['/sitemap/symbols-1.xml', () => content.listPublishedPaths({ collection: 'symbols', page: 1 })],
    // A word in most documents, two words, and a prefix as the visitor types.
    ['/search?q=love', () => content.searchSite('love')],
    ['/search?q=silent grief', () => content.searchSite('silent grief')],
    ['/search?q=amel', () => content.searchSite('amel')],
    [
      'admin: films list',
      () => payload.find({ collection: 'films', ...admin, limit: 10, sort: '-updatedAt', depth: 0 }),
    ],
    [
      'admin: films filtered by genre',
      () =>
        payload.find({
          collection: 'films',
          ...admin,
          limit: 10,
          sort: '-updatedAt',
          depth: 0,
          where: { genres: { in: [drama] } },
        }),
    ],
    [
      'admin: films search "harbour"',
      () => payload.find({ collection: 'films', ...admin, limit: 10, depth: 0, where: { title: { like: 'harbour' } } }),
    ],
    ['admin: film edit view', () => payload.findByID({ collection: 'films', id: film.id, ...admin, depth: 1 })],
    [
      'admin: themes picker',
      () =>
        payload.find({
          collection: 'themes',
          ...admin,
          limit: 10,
          depth: 0,
          sort: 'name',
          where: { name: { like: 'sil' } },
        }),
    ],
    [
      'admin: people picker',
      () =>
        payload.find({
          collection: 'people',
          ...admin,
          limit: 10,
          depth: 0,
          sort: 'name',
          where: { name: { like: 'kim' } },
        }),
    ],
  ]
  const timings: Timing[] = []
  for (const [name, read] of reads) {
    if (only && !only.test(name)) continue
    const timing = await time(name, runs, read)
    timings.push(timing)
    process.stderr.write(
      `${films} films: ${name}: p50 ${timing.p50} ms, p99 ${timing.p99} ms, CPU p50 ${timing.cpuP50} ms\n`,
    )
  }
  await payload.destroy()
  return { films, chosen, timings }
}

/** The same measure in a child process on another database; its JSON is its last stdout line. */
function measureBeside(uri: string, runs: number, only?: string): Measured {
  const script = process.argv[1]!
  const args = [script, '--runs', String(runs), ...(only ? ['--only', only] : [])]
  const out = execFileSync(process.execPath, [...process.execArgv, ...args], {
    env: { ...process.env, DATABASE_URI: uri },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measured
}

const cell = (t: Timing | undefined) => (t ? `${t.p50} / ${t.p99} (${t.cpuP50})` : 'n/m')

function table(main: Measured, beside: Measured | null): string {
  const describe = (m: Measured) => `${m.films} films (${JSON.stringify(m.chosen)})`
  const header = beside
    ? `| read | ${main.films} films: p50 / p99 ms (CPU p50) | ${beside.films} films: p50 / p99 ms (CPU p50) |\n|---|---|---|`
    : `| read | p50 / p99 ms (CPU p50) |\n|---|---|`
  const rows = main.timings.map(
    (t) => `| ${t.name} | ${cell(t)} |${beside ? ` ${cell(beside.timings.find((b) => b.name === t.name))} |` : ''}`,
  )
  const runs = main.timings[0]?.runs ?? 0
  return [
    describe(main),
    ...(beside ? [describe(beside)] : []),
    `${runs} runs each after a warm-up call`,
    '',
    header,
    ...rows,
  ].join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '30' }, beside: { type: 'string' }, only: { type: 'string' } },
  })
  const runs = Number(values.runs)
  // The small catalogue first, then this one: both in the same run, on the same machine's moment.
  const beside = values.beside ? measureBeside(values.beside, runs, values.only) : null
  const measured = await measure(runs, values.only ? new RegExp(values.only) : undefined)
  process.stdout.write(`${table(measured, beside)}\n`)
  process.stdout.write(`${JSON.stringify(beside ? { ...measured, beside } : measured)}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`measure failed: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
