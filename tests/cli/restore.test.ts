import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  BACKUP_COLLECTIONS,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  encodeBackup,
  type Backup,
} from '../../src/backup/backupFile'
import { revalidationToken } from '../../src/lib/revalidate'
import { runScript } from '../helpers/run'
import { databases, query } from './helpers/databases'
import { recordingSite } from './helpers/recordingSite'

// `npm run restore` as an operator runs it: a process of its own, into a database `npm run migrate`
// set up, possibly while the site already runs on it.

const made = databases('sqlite')
const work = mkdtempSync(path.join(tmpdir(), 'subtext-restore-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SECRET = 'a-site-secret-of-more-than-thirty-two-characters'
const AT = '2026-03-01T10:00:00.000Z'

/** A backup holding one theme and one film draft an editor left half-written. */
function backupWithIncompleteDraft(): Backup {
  const documents = Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, []])) as unknown as Backup['documents']
  documents.themes.push({ id: 1, name: 'Memory', slug: 'memory', createdAt: AT, updatedAt: AT })
  // No title (required) and a runtime its field's validation refuses: Payload's create would refuse
  // both, since films validate drafts when they are saved in the admin.
  documents.films.push({
    id: 7,
    slug: 'half-written',
    logline: 'Only a logline so far.',
    runtimeMinutes: 5000,
    themes: [1],
    _status: 'draft',
    createdAt: AT,
    updatedAt: AT,
  })
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: AT,
    collections: [...BACKUP_COLLECTIONS],
    source: { adapter: 'sqlite' },
    options: { versions: 'drafts', userSecrets: false },
    counts: Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, documents[c].length])) as Backup['counts'],
    documents,
    versions: {},
    files: {},
  }
}

describe('npm run restore', () => {
  // Stands in for the site running on the database being restored.
  const site = recordingSite()
  const { requests } = site

  it('writes an incomplete draft exactly as backed up, then expires every restored page on the site', async () => {
    const database = await made.migrated()
    const file = path.join(work, 'draft.json.gz')
    writeFileSync(file, encodeBackup(backupWithIncompleteDraft()))
    const { code, stderr } = await runScript('restore', [file], {
      DATABASE_URI: database,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
      NEXT_PUBLIC_SERVER_URL: site.url(),
    })
    expect(code, stderr).toBe(0)

    const films = (await query(
      database,
      'SELECT title, slug, logline, runtime_minutes, _status, created_at FROM films',
    )) as Record<string, unknown>[]
    expect(films).toEqual([
      {
        title: null,
        slug: 'half-written',
        logline: 'Only a logline so far.',
        runtime_minutes: 5000,
        _status: 'draft',
        created_at: AT,
      },
    ])
    const themes = await query(database, 'SELECT r.themes_id AS theme FROM films_rels r')
    expect(themes).toHaveLength(1)

    // One request, signed as the site checks (Payload's key derived from the secret), naming every
    // restored page: the site expires them and purges its caching front (src/lib/revalidate.ts).
    const key = createHash('sha256').update(SECRET).digest('hex').slice(0, 32)
    expect(requests.map((r) => [r.url, r.authorization])).toEqual([['/revalidate', `Bearer ${revalidationToken(key)}`]])
    const { tags } = JSON.parse(requests[0]!.body) as { tags: string[] }
    expect(tags).toEqual(expect.arrayContaining(['films', 'films:half-written', 'themes', 'themes:memory', 'search']))
  }, 180_000)
})
