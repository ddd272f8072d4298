/**
 * npm run bench:catalogue -- --films 10000 [--seed N] [--out DIR] [--no-import]
 *
 * Writes a deterministic catalogue of analysis files, then imports them through the importer
 * into the database DATABASE_URI names (migrated first: `npm run migrate`). Progress goes to
 * stderr; the last line on stdout is the JSON the benchmark suite reads.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { keepStdoutForResults, runCli } from '../../src/cli/output'
import { ESSAYS_PER_FILM, FILMS_PER_NEW_THEME, generateCatalogue, NEW_PEOPLE_PER_FILM, SYMBOLS_PER_FILM } from './films'
import { importCatalogue } from './load'

const USAGE = `Usage: npm run bench:catalogue -- --films N [--seed N] [--out DIR] [--no-import] [--profile]

  --films N     how many films (10000 gives 60,000 symbols, 40,000 essays, 2,000 themes, 30,000 people)
  --seed N      the random seed (default 1): the same seed writes the same files
  --out DIR     where to write the files (default: a new temporary folder); it must be empty
  --no-import   only write the files
  --profile     also report the import's CPU time per file by Local API call (on stderr)`

const writeResult = keepStdoutForResults()

const positiveInteger = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} must be a whole number above 0, not "${value}"`)
  return Number(value)
}

class UsageError extends Error {}

async function emptyFolder(out: string | undefined): Promise<string> {
  if (out === undefined) return mkdtemp(path.join(tmpdir(), 'subtext-catalogue-'))
  await mkdir(out, { recursive: true })
  if ((await readdir(out)).length > 0) throw new UsageError(`${out} is not empty; name a new or empty folder`)
  return out
}

const seconds = (since: number): number => Math.round((performance.now() - since) / 10) / 100

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      films: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'no-import': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help || values.films === undefined) {
    process.stderr.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  let films: number, seed: number, out: string
  try {
    films = positiveInteger(values.films, '--films', 0)
    seed = positiveInteger(values.seed, '--seed', 1)
    out = await emptyFolder(values.out)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n${USAGE}\n`)
    return 2
  }

  const generating = performance.now()
  const files: string[] = []
  for (const file of generateCatalogue(films, seed)) {
    const where = path.join(out, file.name)
    await writeFile(where, file.text)
    files.push(where)
  }
  const generateSeconds = seconds(generating)
  process.stderr.write(`wrote ${films} files to ${out} in ${generateSeconds} s\n`)

  let importSeconds: number | null = null
  if (!values['no-import']) {
    const importing = performance.now()
    const failed = await importCatalogue(files, { profile: values.profile })
    importSeconds = seconds(importing)
    if (failed > 0) {
      process.stderr.write(`${failed} files could not be imported (see above)\n`)
      return 1
    }
  }
  const counts = {
    films,
    symbols: films * SYMBOLS_PER_FILM,
    essays: films * ESSAYS_PER_FILM,
    themes: Math.ceil(films / FILMS_PER_NEW_THEME),
    people: films * NEW_PEOPLE_PER_FILM,
  }
  const filesPerSecond = importSeconds ? Math.round((films / importSeconds) * 10) / 10 : null
  writeResult(`${JSON.stringify({ ...counts, generateSeconds, importSeconds, filesPerSecond })}\n`)
  return 0
}

runCli('bench:catalogue', main)
