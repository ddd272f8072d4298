import { mkdir } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { keepStdoutForResults, runCli } from '../cli/output'
import { startCliPayload } from '../cli/payload'
import { exportFilms, type ExportOutcome } from './exportFilms'

const USAGE = `Usage: npm run export -- [--latest] <dir>

Writes every film, published and drafts, to <dir>/<slug>.txt in the analysis text format that
\`npm run import\` reads, and its poster beside it as <dir>/<slug>.jpg (or .png, .webp). The
directory is created if needed; existing files of the same name are replaced. Prints the written
files on stdout, one a line; the report goes to stderr.

  --latest   also for published films, export the latest saved version (unpublished changes
             included) instead of the published one; drafts are always exported as last saved`

const writeResult = keepStdoutForResults()

function describe(outcome: ExportOutcome): string {
  if (!outcome.ok) return `✗ ${outcome.slug} (${outcome.status}): ${outcome.message}`
  const what =
    outcome.status === 'draft'
      ? 'draft'
      : outcome.version === 'latest'
        ? 'published, latest saved version'
        : outcome.unpublishedChanges
          ? 'published; its unpublished changes are not in the file (use --latest)'
          : 'published'
  const poster = outcome.poster ? ` and ${outcome.poster}` : ''
  return [`✓ ${outcome.file}${poster} (${what})`, ...outcome.warnings.map((w) => `  warning: ${w}`)].join('\n')
}

function summary(dir: string, outcomes: ExportOutcome[]): string {
  const written = outcomes.filter((o) => o.ok)
  const published = written.filter((o) => o.status === 'published').length
  const drafts = written.length - published
  const failed = outcomes.length - written.length
  const films = (n: number) => `${n} film${n === 1 ? '' : 's'}`
  if (outcomes.length === 0) return `No films to export; ${dir} is ready but empty.`
  return `Exported ${films(written.length)} to ${dir}: ${published} published, ${drafts} draft${drafts === 1 ? '' : 's'}.${failed > 0 ? ` ${films(failed)} could not be exported (see above).` : ''}`
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { latest: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  })
  if (values.help || positionals.length !== 1) {
    if (positionals.length > 1) process.stderr.write(`Give one directory; got ${positionals.length}.\n`)
    process.stderr.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  const dir = positionals[0]!
  try {
    await mkdir(dir, { recursive: true }) // before the database is opened: a bad path fails at once
  } catch (error) {
    process.stderr.write(`export failed: cannot create the directory ${dir}: ${(error as Error).message}\n`)
    return 1
  }
  const payload = await startCliPayload()
  try {
    const outcomes = await exportFilms(payload, dir, { latest: values.latest })
    for (const outcome of outcomes) process.stderr.write(`${describe(outcome)}\n`)
    process.stderr.write(`${summary(dir, outcomes)}\n`)
    for (const outcome of outcomes) {
      if (outcome.ok) writeResult(`${[outcome.file, outcome.poster].filter(Boolean).join('\n')}\n`)
    }
    return outcomes.every((o) => o.ok) ? 0 : 1
  } finally {
    await payload.destroy()
  }
}

runCli('export', main)
