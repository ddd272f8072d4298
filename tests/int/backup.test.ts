import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import type { Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup } from '../../src/backup/backup'
import {
  BACKUP_COLLECTIONS,
  BackupFileError,
  decodeBackup,
  encodeBackup,
  type Backup,
} from '../../src/backup/backupFile'
import { contentCounts, restoreBackup } from '../../src/backup/restore'
import { isSqlAdapter, sql, sqlRows, visibleSql } from '../../src/lib/content/sqlRows'
import { ROOT, runScript, type RunResult } from '../helpers/run'
import { contentSnapshot, type ContentSnapshot } from './helpers/contentSnapshot'
import { paragraph } from './helpers/lexical'
import { makeUser, startPayload } from './helpers/payload'
import { filmId as filmIdIn, importSampleSite } from './helpers/sampleSite'
import { createDatabase, testDatabaseName } from './setup/postgres'

// `npm run backup` / `npm run restore` move the whole site between databases, across adapters.
// The second database is looked at from its own process (one process holds one Payload instance).

const MEDIA_DIR = path.join(ROOT, 'media')
const work = mkdtempSync(path.join(tmpdir(), 'subtext-backup-'))
const tag = randomBytes(4).toString('hex')
const PASSWORD = 'correct horse battery staple' // makeUser's

let payload: Payload
const cleanups: (() => Promise<void> | void)[] = []

beforeAll(async () => {
  payload = await startPayload()
  await importSampleSite(payload)
})

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  rmSync(work, { recursive: true, force: true })
})

const filmId = (slug: string) => filmIdIn(payload, slug)

// ---------------------------------------------------------------------------------------------

type Target = { uri: string; adapter: string }

/** An empty database of another adapter than this project's, dropped after the file. */
async function emptyDatabase(purpose: string): Promise<Target> {
  const name = testDatabaseName()
  const server = process.env.TEST_POSTGRES_URL
  if (process.env.TEST_ADAPTER !== 'postgres' && server) {
    const uri = await createDatabase(server, name)
    cleanups.push(async () => {
      const url = new URL(server)
      url.pathname = '/postgres'
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    })
    return { uri, adapter: 'postgres' }
  }
  if (process.env.TEST_ADAPTER === 'sqlite') {
    console.warn(
      `backup: ${purpose} into PostgreSQL skipped: TEST_POSTGRES_URL is not set, so it restores into a second SQLite database (same adapter) instead.`,
    )
  }
  const file = path.join(tmpdir(), `${name}.db`)
  cleanups.push(() => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  })
  return { uri: `file:${file}`, adapter: 'sqlite' }
}

/** The content snapshot of another database, taken by a process of its own. */
function snapshotOf(uri: string): Promise<ContentSnapshot> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['--conditions=production', 'tests/int/helpers/snapshot.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URI: uri },
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`snapshot of ${uri} failed (${code}): ${stderr}`))
      else resolve(JSON.parse(stdout) as ContentSnapshot)
    })
  })
}

const removeFiles = (files: string[]) => (): void => {
  for (const file of files) rmSync(path.join(MEDIA_DIR, file), { force: true })
}

/** Our uploads in media/ (this file's tag keeps other test files' uploads out). */
const ourFiles = () => readdirSync(MEDIA_DIR).filter((f) => f.includes(tag))

const failed = (result: RunResult) => `exit ${result.code}\n${result.stderr}`

describe('backup and restore', () => {
  let source: ContentSnapshot

  beforeAll(async () => {
    // Content of every kind: an upload referenced from a film, its SEO image, a symbol and rich
    // text; an author; a cast character; a published film's unpublished draft; a draft edited
    // after creation; an essay that is only a draft.
    await payload.update({
      collection: 'films',
      id: await filmId('the-shawshank-redemption'),
      data: { tagline: 'Get busy living.' },
      draft: true,
    })
    const png = await sharp({ create: { width: 900, height: 1350, channels: 3, background: { r: 30, g: 60, b: 90 } } })
      .png()
      .toBuffer()
    // As above: the poster and the author do not get the first IDs.
    const gap = await payload.create({
      collection: 'media',
      data: { alt: 'Deleted at once' },
      file: { data: png, mimetype: 'image/png', name: `backup-${tag}-gap.png`, size: png.length },
    })
    const poster = await payload.create({
      collection: 'media',
      data: { alt: 'Poster of Miracle in Cell No. 7', credit: 'Subtext tests', focalX: 40, focalY: 30 },
      file: { data: png, mimetype: 'image/png', name: `backup-${tag}-poster.png`, size: png.length },
    })
    const miracle = await filmId('miracle-in-cell-no-7')
    const film = await payload.findByID({ collection: 'films', id: miracle, depth: 0 })
    await payload.update({
      collection: 'films',
      id: miracle,
      data: {
        poster: poster.id,
        featured: true,
        meta: { description: 'A father, a daughter, a cell.', image: poster.id },
        cast: film.cast!.map((c, i) => (i === 0 ? { ...c, character: 'Lee Yong-gu' } : c)),
      },
    })
    const backpack = (
      await payload.find({ collection: 'symbols', where: { slug: { equals: 'sailor-moon-backpack' } } })
    ).docs[0]!
    await payload.update({ collection: 'symbols', id: backpack.id, data: { image: poster.id } })
    const gapUser = await makeUser(payload, 'writer')
    const author = await makeUser(payload, 'editor')
    await payload.delete({ collection: 'users', id: gapUser.id })
    await payload.delete({ collection: 'media', id: gap.id })
    const core = (
      await payload.find({ collection: 'essays', where: { slug: { equals: 'miracle-in-cell-no-7-core-meaning' } } })
    ).docs[0]!
    await payload.update({ collection: 'essays', id: core.id, data: { author: author.id } })
    const body = paragraph('See the poster.')
    body.root.children.push({
      type: 'upload',
      relationTo: 'media',
      value: poster.id,
      fields: null,
      format: '',
      version: 3,
      id: 'a1b2c3',
    })
    await payload.create({
      collection: 'essays',
      draft: true,
      data: {
        title: 'Notes on the poster',
        kind: 'analysis',
        films: [miracle],
        body,
        author: author.id,
        _status: 'draft',
      },
    })
    const draftFilm = await filmId('the-unfinished-draft')
    await payload.update({
      collection: 'films',
      id: draftFilm,
      data: { logline: 'Rewritten after the import.' },
      draft: true,
    })
    source = await contentSnapshot(payload)
  })

  afterAll(async () => {
    await payload.delete({ collection: 'media', where: { id: { exists: true } } }) // removes the files
  })

  it('restores into an empty database of another adapter: the same content, references, statuses and dates', async () => {
    const file = path.join(work, 'site.json.gz')
    const backup = await runScript('backup', [file])
    expect(backup.code, failed(backup)).toBe(0)
    expect(backup.stdout.trim()).toBe(file)
    expect(backup.stderr).toMatch(
      /Backed up to .*: media 1, users 1, people \d+, genres 4, themes \d+, films 5, symbols \d+, essays \d+; 1 media file; 2 unpublished drafts; user passwords not included\./,
    )

    const target = await emptyDatabase('the cross-adapter restore')
    // The tools never create tables: a new database gets them from `npm run migrate`, as README says.
    const migrate = await runScript('migrate', [], { DATABASE_URI: target.uri })
    expect(migrate.code, failed(migrate)).toBe(0)
    const restore = await runScript('restore', [file], { DATABASE_URI: target.uri })
    expect(restore.code, failed(restore)).toBe(0)
    expect(restore.stderr).toContain('1 user restored without a password')
    const restored = await snapshotOf(target.uri)
    // Its uploads share media/ with this database's; they go now, before this database is emptied below.
    removeFiles(restored.files)()

    // Spot checks that would fail on a mix-up, then everything.
    const miracle = restored.documents.films!['miracle-in-cell-no-7']!
    expect(miracle).toMatchObject({
      poster: 'media:Poster of Miracle in Cell No. 7',
      _status: 'published',
      featured: true,
    })
    expect((miracle.meta as { image: unknown }).image).toBe('media:Poster of Miracle in Cell No. 7')
    expect(restored.documents.films!['the-unfinished-draft']!._status).toBe('draft')
    expect(restored.latest.films!['the-shawshank-redemption']!.tagline).toBe('Get busy living.')
    expect(restored.documents.films!['the-shawshank-redemption']!.tagline).toBe(
      source.documents.films!['the-shawshank-redemption']!.tagline,
    )
    expect(restored.documents.essays!['miracle-in-cell-no-7-core-meaning']!.author).toBe(
      Object.keys(source.documents.users!)[0],
    )
    expect(restored.documents).toEqual(source.documents)
    expect(restored.latest).toEqual(source.latest)
    expect(restored.search).toEqual(source.search)
  }, 600_000)

  it('refuses a database that is not empty, and changes nothing', async () => {
    const backup = await createBackup(payload)
    await expect(restoreBackup(payload, backup)).rejects.toThrow(
      /^The database is not empty \(media: 1, users: 1, people: \d+, genres: 4, themes: \d+, films: 5, symbols: \d+, essays: \d+\)\. .*Nothing was written\.$/,
    )
    expect(await contentSnapshot(payload)).toEqual(source)
  })

  describe('a damaged or foreign file is refused with what is wrong, before anything is written', () => {
    let good: Backup
    let bytes: Buffer
    beforeAll(async () => {
      good = await createBackup(payload)
      bytes = encodeBackup(good)
    })
    const edited = (change: (b: Record<string, unknown>) => void): Buffer => {
      const copy = JSON.parse(gunzipSync(bytes).toString('utf8')) as Record<string, unknown>
      change(copy)
      return gzipSync(JSON.stringify(copy))
    }

    it.each<[string, () => Buffer, RegExp]>([
      ['an empty file', () => Buffer.alloc(0), /is empty/],
      ['a truncated file', () => bytes.subarray(0, Math.floor(bytes.length / 2)), /damaged gzip file .*truncated/],
      ['truncated JSON', () => gunzipSync(bytes).subarray(0, 5000), /is not valid JSON .*damaged or truncated/],
      [
        'something else entirely',
        () => Buffer.from('{"films": []}'),
        /is not a Subtext backup: its "format" is missing/,
      ],
      [
        'another format',
        () => edited((b) => (b.format = 'wordpress-export')),
        /its "format" is "wordpress-export", expected "subtext-backup"/,
      ],
      [
        'a newer format version',
        () => edited((b) => (b.version = 2)),
        /uses backup format version 2, made by a newer Subtext; this one reads version 1/,
      ],
      [
        'a missing collection',
        () => edited((b) => delete (b.documents as Record<string, unknown>).themes),
        /no documents list for the collection "themes"/,
      ],
      [
        'a collection missing from the header',
        () => edited((b) => (b.collections = BACKUP_COLLECTIONS.filter((c) => c !== 'users'))),
        /collection\(s\) users are missing/,
      ],
      [
        'a document count that does not match',
        () => edited((b) => (b.documents as Record<string, unknown[]>).films!.pop()),
        /counts 5 films documents but it holds 4/,
      ],
      [
        'a damaged media file',
        () =>
          edited((b) => {
            const files = b.files as Record<string, { base64: string }>
            const first = Object.values(files)[0]!
            first.base64 = `${first.base64.slice(0, -8)}AAAAAAA=`
          }),
        /the file of media .* does not match its checksum/,
      ],
    ])('%s', (_name, make, message) => {
      expect(() => decodeBackup(make(), 'site.json.gz')).toThrow(BackupFileError)
      expect(() => decodeBackup(make(), 'site.json.gz')).toThrow(message)
    })

    it('npm run backup never replaces a file unless told to, and both commands explain themselves', async () => {
      const existing = path.join(work, 'existing.json.gz')
      writeFileSync(existing, 'keep me')
      const refused = await runScript('backup', [existing])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain(
        `backup failed: ${existing} already exists. Choose another name, or pass --force to replace it.`,
      )
      expect(readFileSync(existing, 'utf8')).toBe('keep me')
      const help = await runScript('restore', ['--help'])
      expect(help.code).toBe(0)
      expect(help.stderr).toContain('Usage: npm run restore -- <file>')
    })

    it('npm run restore of a truncated file exits 1 without creating the database', async () => {
      const file = path.join(work, 'truncated.json.gz')
      writeFileSync(file, bytes.subarray(0, 1000))
      const database = path.join(work, 'never-created.db')
      const { code, stderr } = await runScript('restore', [file], { DATABASE_URI: `file:${database}` })
      expect(code).toBe(1)
      expect(stderr).toMatch(/restore failed: .*truncated\.json\.gz is a damaged gzip file .*Nothing was written\./)
      expect(existsSync(database)).toBe(false)
    })
  })

  describe('restoring into this database once it is emptied', () => {
    let full: Backup
    let before: ContentSnapshot

    beforeAll(async () => {
      full = decodeBackup(encodeBackup(await createBackup(payload, { versions: true, userSecrets: true })))
      before = await contentSnapshot(payload)
      for (const collection of [...BACKUP_COLLECTIONS].reverse())
        await payload.delete({ collection, where: { id: { exists: true } } })
      expect(Object.values(await contentCounts(payload)).every((n) => n === 0)).toBe(true)
      expect(ourFiles()).toEqual([])
    })

    it('rolls everything back when a document fails half-way, and names the document', async () => {
      const broken = structuredClone(full)
      const essays = broken.documents.essays.filter((e) => e._status === 'published')
      const last = essays[essays.length - 1]!
      last.order = -1 // refused by the field's validation, after everything else was written
      await expect(restoreBackup(payload, broken)).rejects.toThrow(
        new RegExp(
          `^The restore failed at essays "${String(last.slug)}" \\(id ${String(last.id)} in the backup\\): .*order: Enter 0 or more\\..* Nothing was restored`,
        ),
      )
      expect(await contentCounts(payload)).toEqual(Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, 0])))
      for (const collection of ['films', 'symbols', 'essays'] as const)
        expect((await payload.countVersions({ collection })).totalDocs).toBe(0)
      expect((await payload.count({ collection: 'search' })).totalDocs).toBe(0)
      expect(ourFiles()).toEqual([]) // the uploaded file and its sizes were removed again
    })

    it('rolls everything back when the database fails outside a Payload operation', async () => {
      // Payload undoes a create that fails itself; a failure in the restore's own writes (here
      // replacing the versions of the first essay, after everything else) is the restore's to undo.
      const deleteVersions = payload.db.deleteVersions
      payload.db.deleteVersions = async (args) => {
        if (args.collection === 'essays') throw new Error('simulated: the disk is full')
        return deleteVersions.call(payload.db, args)
      }
      try {
        await expect(restoreBackup(payload, full)).rejects.toThrow(
          /^The restore failed at essays ".*" \(id .* in the backup\): simulated: the disk is full\. Nothing was restored/,
        )
      } finally {
        payload.db.deleteVersions = deleteVersions
      }
      expect(await contentCounts(payload)).toEqual(Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, 0])))
      for (const collection of ['films', 'symbols', 'essays'] as const)
        expect((await payload.countVersions({ collection })).totalDocs).toBe(0)
      expect((await payload.count({ collection: 'search' })).totalDocs).toBe(0)
      expect(ourFiles()).toEqual([])
    })

    it('restores every version, the files and the users with their passwords', async () => {
      const report = await restoreBackup(payload, full)
      expect(report).toMatchObject({ usersWithoutPassword: [], droppedReferences: [], files: 1 })
      expect(await contentSnapshot(payload)).toEqual(before)
      // Drafts are written past the hooks, and stored values put back directly: the kept column
      // the counts read (src/lib/content/visibleColumn.ts) must still be the read rule, row by row.
      if (isSqlAdapter(payload))
        for (const table of ['symbols', 'essays'] as const) {
          const [row] = await sqlRows<{ wrong: unknown; shown: unknown }>(
            payload,
            sql`SELECT sum(CASE WHEN (d.visible = TRUE) = (${visibleSql(table, 'd')}) THEN 0 ELSE 1 END) AS wrong,
              sum(CASE WHEN d.visible = TRUE THEN 1 ELSE 0 END) AS shown FROM ${sql.identifier(table)} d`,
          )
          expect({ table, wrong: Number(row?.wrong), shown: Number(row?.shown) > 0 }).toEqual({
            table,
            wrong: 0,
            shown: true,
          })
        }
      const email = Object.keys(before.documents.users!)[0]!
      await expect(payload.login({ collection: 'users', data: { email, password: PASSWORD } })).resolves.toHaveProperty(
        'token',
      )
    })
  })
})
