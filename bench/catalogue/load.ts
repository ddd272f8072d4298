// The catalogue into the database through the importer, as `npm run import` would write it.
import { readFile } from 'node:fs/promises'

import type { CollectionSlug, Payload } from 'payload'

import { startCliPayload } from '../../src/cli/payload'
import { refreshStatisticsAfterBulkWrite } from '../../src/database/sqliteStatistics'
import { importFiles } from '../../src/import/importFiles'
import { profileLocalApi } from './profile'

// Files read and imported per call: bounds memory, and each call reads the known themes afresh.
// The statistics are refreshed once, after the last call: a full ANALYZE of a 10,000-film database
// takes seconds, and after every call it would take a tenth of the whole load.
const BATCH = 100
const COUNTED: CollectionSlug[] = ['films', 'symbols', 'essays', 'themes', 'people']

async function countAll(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED) counts[collection] = (await payload.count({ collection })).totalDocs
  return counts
}

/**
 * Imports the files in order; returns how many failed (each reported on stderr as file:line).
 * `profile`: also report on stderr where the files' CPU time went (./profile.ts).
 */
export async function importCatalogue(files: string[], { profile = false } = {}): Promise<number> {
  const payload = await startCliPayload()
  try {
    const before = await countAll(payload)
    const profiled = profile ? profileLocalApi(payload) : null
    let failed = 0
    const started = performance.now()
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH)
      const sources = await Promise.all(batch.map(async (file) => ({ file, text: await readFile(file, 'utf8') })))
      for (const outcome of await importFiles(payload, sources, { refreshStatistics: false })) {
        if (outcome.ok) continue
        failed += 1
        process.stderr.write(`✗ ${outcome.file}${outcome.line ? `:${outcome.line}` : ''}: ${outcome.message}\n`)
      }
      const done = start + batch.length
      const rate = done / ((performance.now() - started) / 1000)
      process.stderr.write(`imported ${done}/${files.length} (${rate.toFixed(1)} files/s)\n`)
    }
    if (profiled) process.stderr.write(`CPU time of the import:\n${profiled(files.length)}\n`)
    await refreshStatisticsAfterBulkWrite(payload)
    const after = await countAll(payload)
    const added = COUNTED.map((c) => `${(after[c] ?? 0) - (before[c] ?? 0)} ${c}`).join(', ')
    process.stderr.write(`the database gained ${added}\n`)
    return failed
  } finally {
    await payload.destroy()
  }
}
