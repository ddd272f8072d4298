import { existsSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { keepStdoutForResults, runCli } from '../cli/output'
import { startCliPayload } from '../cli/payload'
import { createBackup } from './backup'
import { BACKUP_COLLECTIONS, decodeBackup, encodeBackup, type Backup } from './backupFile'
import { restoreBackup } from './restore'

const BACKUP_USAGE = `Usage: npm run backup -- [--with-versions] [--with-user-secrets] [--force] <file>

Saves the whole content of the database named by DATABASE_URI to <file> (gzip-compressed JSON,
e.g. subtext-2025-01-31.json.gz; see docs/backup-format.md): every film, symbol, essay, theme,
genre, person, media document and user, published and drafts, unpublished changes, and the
uploaded media files.

  --with-versions      also every saved version of films, symbols and essays (their history)
  --with-user-secrets  also users' password hashes, so restored accounts keep their passwords;
                       keep such a file as safe as the database itself
  --force              replace <file> if it exists`

const RESTORE_USAGE = `Usage: npm run restore -- <file>

Restores a backup made by \`npm run backup\` into the database named by DATABASE_URI, which must
be empty (any adapter: a SQLite backup restores into PostgreSQL and back). Everything is written
in one transaction: if anything fails, nothing is left behind. Users restored from a backup made
without --with-user-secrets have no usable password and must set a new one.`

const writeResult = keepStdoutForResults()

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

function describeBackup(backup: Backup): string {
  return BACKUP_COLLECTIONS.map((c) => `${c} ${backup.documents[c].length}`).join(', ')
}

async function backup(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'with-versions': { type: 'boolean', default: false },
      'with-user-secrets': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${BACKUP_USAGE}\n`)
    return values.help ? 0 : 2
  }
  const file = path.resolve(positionals[0]!)
  if (existsSync(file) && !values.force) {
    process.stderr.write(
      `backup failed: ${file} already exists. Choose another name, or pass --force to replace it. Nothing was written.\n`,
    )
    return 1
  }
  if (!existsSync(path.dirname(file))) {
    process.stderr.write(`backup failed: the directory ${path.dirname(file)} does not exist. Nothing was written.\n`)
    return 1
  }
  const payload = await startCliPayload()
  try {
    const made = await createBackup(payload, {
      versions: values['with-versions'],
      userSecrets: values['with-user-secrets'],
    })
    // Written beside the target and renamed, so an interrupted backup never leaves a partial file under the real name.
    const partial = `${file}.partial-${process.pid}`
    try {
      await writeFile(partial, encodeBackup(made))
      await rename(partial, file)
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
    const versions = Object.values(made.versions).reduce((n, list) => n + (list?.length ?? 0), 0)
    process.stderr.write(
      `Backed up to ${file}: ${describeBackup(made)}; ${count(Object.keys(made.files).length, 'media file')}; ${count(versions, made.options.versions === 'all' ? 'version' : 'unpublished draft')}; user passwords ${made.options.userSecrets ? 'included' : 'not included'}.\n`,
    )
    writeResult(`${file}\n`)
    return 0
  } finally {
    await payload.destroy()
  }
}

async function restore(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  })
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${RESTORE_USAGE}\n`)
    return values.help ? 0 : 2
  }
  const file = path.resolve(positionals[0]!)
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    process.stderr.write(`restore failed: ${file} cannot be read (${(error as Error).message}). Nothing was written.\n`)
    return 1
  }
  // The file is checked completely before the database is even opened.
  let backup: Backup
  try {
    backup = decodeBackup(bytes, file)
  } catch (error) {
    process.stderr.write(`restore failed: ${(error as Error).message} Nothing was written.\n`)
    return 1
  }
  const payload = await startCliPayload()
  try {
    const report = await restoreBackup(payload, backup)
    process.stderr.write(
      `Restored ${file} (made ${backup.createdAt} on ${backup.source.adapter}): ${describeBackup(backup)}; ${count(report.files, 'media file')}; ${count(report.versions, 'version')}.\n`,
    )
    for (const dropped of report.droppedReferences) process.stderr.write(`  note: ${dropped}\n`)
    if (report.usersWithoutPassword.length > 0) {
      process.stderr.write(
        `  ${count(report.usersWithoutPassword.length, 'user')} restored without a password (the backup holds none): ${report.usersWithoutPassword.join(', ')}. They must set a new one ("Forgot password?" on the admin login, which needs email set up) — or restore a backup made with --with-user-secrets.\n`,
      )
    }
    return 0
  } finally {
    await payload.destroy()
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2)
  if (command === 'backup') return backup(args)
  if (command === 'restore') return restore(args)
  process.stderr.write(`${BACKUP_USAGE}\n\n${RESTORE_USAGE}\n`)
  return 2
}

runCli(process.argv[2] === 'restore' ? 'restore' : 'backup', main)
