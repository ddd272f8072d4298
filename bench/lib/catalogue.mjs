import { readFileSync } from 'node:fs'
import path from 'node:path'

import { npmRun } from './app.mjs'
import { ROOT } from './processes.mjs'

// The catalogue generator (`npm run bench:catalogue`): with DATABASE_URI of a migrated database in
// its environment it generates analysis files and imports them through the real importer; its
// last line of output is JSON: {"films":…,"generateSeconds":…,"importSeconds":…,"filesPerSecond":…}.

export const CATALOGUE_MISSING = 'not run: bench:catalogue missing'

export const hasCatalogue = () =>
  Boolean(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts?.['bench:catalogue'])

/** The figures the generator's last line reports. */
export function parseCatalogueOutput(stdout) {
  const last = stdout.trim().split('\n').at(-1) ?? ''
  let parsed
  try {
    parsed = JSON.parse(last)
  } catch {
    throw new Error(`bench:catalogue's last line is not JSON: ${last.slice(0, 200)}`)
  }
  for (const key of ['films', 'filesPerSecond'])
    if (typeof parsed[key] !== 'number') throw new Error(`bench:catalogue reported no number "${key}": ${last}`)
  return parsed
}

/**
 * A `fill` for provisionApp: `films` generated films (with `seed`) written to `out` (a new folder)
 * and imported into the new database.
 */
export const catalogueFill = (films, seed, out) => async (env, logFile) =>
  parseCatalogueOutput(
    await npmRun(
      env,
      'bench:catalogue',
      ['--films', String(films), '--out', out, ...(seed ? ['--seed', seed] : [])],
      logFile,
    ),
  )
