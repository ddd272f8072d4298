import path from 'node:path'
import { parseArgs } from 'node:util'

import { keepStdoutForResults, runCli } from '../cli/output'
import { startCliPayload } from '../cli/payload'
import { importingUser, UnknownAuthorError } from './author'
import { importFiles, type ImportOutcome, type ImportSource } from './importFiles'
import { readSource } from './source'

const USAGE = `Usage: npm run import -- [--draft] [--dry-run] [--json] [--as <email>] <file.txt...>

An image beside a file with the same name (film.jpg, film.png or film.webp beside film.txt)
becomes the film's poster.

  --draft        create or update the films as drafts instead of publishing them
  --dry-run      parse and report; write nothing
  --json         print the result as JSON on stdout (with --dry-run: one parsed film per file)
  --as <email>   the author of the films, symbols and essays this creates; by default the
                 first admin (with no admin yet, they have no author and a warning says so)`

async function readSources(files: string[]): Promise<{ sources: ImportSource[]; unreadable: ImportOutcome[] }> {
  const sources: ImportSource[] = []
  const unreadable: ImportOutcome[] = []
  for (const file of files) {
    try {
      sources.push(await readSource(file))
    } catch (error) {
      unreadable.push({ file, ok: false, line: null, message: `cannot be read: ${(error as Error).message}` })
    }
  }
  return { sources, unreadable }
}

function describe(outcome: ImportOutcome): string {
  const name = path.basename(outcome.file)
  if (!outcome.ok) return `✗ ${outcome.file}${outcome.line ? `:${outcome.line}` : ''}: ${outcome.message}`
  const lines = [
    outcome.report
      ? `✓ ${name} → /films/${outcome.film.slug}: film ${outcome.report.film}; documents created ${outcome.report.counts.created}, updated ${outcome.report.counts.updated}, unchanged ${outcome.report.counts.unchanged}`
      : `✓ ${name} parsed as /films/${outcome.film.slug} (dry run: nothing written)`,
  ]
  const guessed = outcome.themeSegmentation.filter((piece) => piece.source !== 'known')
  if (guessed.length > 0) {
    lines.push(
      `  themes line split as: ${outcome.themeSegmentation.map((p) => `"${p.text}"${p.source === 'known' ? '' : ` (${p.source})`}`).join(' | ')}`,
      `  new themes guessed: ${guessed.map((p) => p.text).join(', ')} — check them in the admin`,
    )
  }
  for (const warning of outcome.warnings) lines.push(`  warning: ${warning}`)
  return lines.join('\n')
}

/**
 * stdout carries only the importer's own output: until the result is ready everything that
 * would reach stdout goes to stderr instead.
 */
const writeResult = keepStdoutForResults()

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      draft: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      as: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help || positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  const payload = await startCliPayload({ refreshesSite: !values['dry-run'] })
  try {
    const author = await importingUser(payload, values.as)
    if (author.warning && !values['dry-run']) process.stderr.write(`warning: ${author.warning}\n`)
    const { sources, unreadable } = await readSources(positionals)
    const outcomes = [
      ...unreadable,
      ...(await importFiles(payload, sources, {
        draft: values.draft,
        dryRun: values['dry-run'],
        author: author.user ?? undefined,
      })),
    ]
    for (const outcome of outcomes) process.stderr.write(`${describe(outcome)}\n`)
    if (values.json) {
      const ok = outcomes.filter((o) => o.ok)
      const json = values['dry-run'] ? ok.map((o) => o.film) : ok.map((o) => ({ file: o.file, ...o.report }))
      writeResult(`${JSON.stringify(json, null, 2)}\n`)
    }
    return outcomes.every((o) => o.ok) ? 0 : 1
  } catch (error) {
    if (!(error instanceof UnknownAuthorError)) throw error
    process.stderr.write(`${error.message}\n`)
    return 2
  } finally {
    await payload.destroy()
  }
}

runCli('import', main)
