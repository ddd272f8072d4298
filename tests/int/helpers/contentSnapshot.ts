import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { BACKUP_COLLECTIONS, type BackupCollection } from '../../../src/backup/backupFile'
import { mapReferences } from '../../../src/backup/references'

// Everything a site's content is, in a form that compares across databases and adapters: IDs
// replaced by what identifies a document to a reader (slugs; a symbol by film and slug; media
// by alt text and file checksum; users by email), dates as ISO strings.

type Doc = Record<string, unknown>

export type ContentSnapshot = {
  /** Every stored document by key, references as keys. */
  documents: Record<string, Record<string, Doc>>
  /** Films, symbols and essays as last saved (the latest version, drafts included). */
  latest: Record<string, Record<string, Doc>>
  /** Every saved version, oldest first, by document key. */
  versions: Record<string, Record<string, Doc[]>>
  /** The search index the plugin keeps for published documents. */
  search: string[]
  /** Uploaded files on disk (originals and sizes), for cleaning up; not compared. */
  files: string[]
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/

/** Dates in one spelling whatever the adapter returned. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string' && ISO_DATE.test(value)) return new Date(value).toISOString()
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]))
  return value
}

const LOGIN_STATE = [
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'collection',
  'hash',
  'salt',
]

export async function contentSnapshot(payload: Payload): Promise<ContentSnapshot> {
  const stored = {} as Record<BackupCollection, Doc[]>
  for (const collection of BACKUP_COLLECTIONS) {
    stored[collection] = (await payload.find({ collection, pagination: false, depth: 0, draft: false }))
      .docs as unknown as Doc[]
  }
  const filmSlug = new Map(stored.films.map((f) => [String(f.id), String(f.slug)]))
  const keys = new Map<string, Map<string, string>>()
  const keyOf = (collection: string, doc: Doc): string => {
    switch (collection) {
      case 'media':
        return `media:${String(doc.alt)}`
      case 'users':
        return String(doc.email)
      case 'symbols':
        return `${filmSlug.get(String(doc.film)) ?? '?'}/${String(doc.slug)}`
      default:
        return String(doc.slug)
    }
  }
  for (const collection of BACKUP_COLLECTIONS)
    keys.set(collection, new Map(stored[collection].map((d) => [String(d.id), keyOf(collection, d)])))
  const toKey = (collection: string, id: unknown) =>
    keys.get(collection)?.get(String(id)) ?? `missing ${collection} ${String(id)}`
  const fields = (collection: BackupCollection) => payload.collections[collection].config.flattenedFields

  const files: string[] = []
  const mediaDir = path.resolve(payload.collections.media.config.upload.staticDir ?? 'media')
  const comparable = (collection: BackupCollection, doc: Doc): Doc => {
    const { id: _id, ...rest } = mapReferences(fields(collection), doc, toKey)
    for (const key of LOGIN_STATE) delete rest[key]
    if (collection === 'media') {
      const filename = String(rest.filename)
      const sizes = (rest.sizes ?? {}) as Record<string, Doc>
      files.push(filename, ...Object.values(sizes).map((s) => String(s.filename)))
      // The name may differ (Payload renames a file whose name is taken); the bytes may not.
      rest.sha256 = createHash('sha256')
        .update(readFileSync(path.join(mediaDir, filename)))
        .digest('hex')
      rest.sizes = Object.fromEntries(
        Object.entries(sizes).map(([name, s]) => [name, { width: s.width, height: s.height, mimeType: s.mimeType }]),
      )
      for (const key of ['filename', 'url', 'thumbnailURL']) delete rest[key]
    }
    return normalise(rest) as Doc
  }

  const snapshot: ContentSnapshot = { documents: {}, latest: {}, versions: {}, search: [], files }
  for (const collection of BACKUP_COLLECTIONS) {
    snapshot.documents[collection] = Object.fromEntries(
      stored[collection].map((d) => [toKey(collection, d.id), comparable(collection, d)]),
    )
    if (!payload.collections[collection].config.versions) continue
    const latest = (await payload.find({ collection, pagination: false, depth: 0, draft: true }))
      .docs as unknown as Doc[]
    snapshot.latest[collection] = Object.fromEntries(
      latest.map((d) => [toKey(collection, d.id), comparable(collection, d)]),
    )
    const versions = (await payload.findVersions({ collection, pagination: false, depth: 0, sort: 'updatedAt' })).docs
    const byDoc: Record<string, Doc[]> = {}
    for (const v of versions) {
      const key = toKey(collection, v.parent)
      ;(byDoc[key] ??= []).push(
        normalise({
          createdAt: v.createdAt,
          updatedAt: v.updatedAt,
          latest: Boolean((v as { latest?: boolean }).latest),
          autosave: Boolean((v as { autosave?: boolean }).autosave),
          version: comparable(collection, { ...(v.version as unknown as Doc), id: v.parent }),
        }) as Doc,
      )
    }
    snapshot.versions[collection] = byDoc
  }
  const search = await payload.find({ collection: 'search', pagination: false, depth: 0 })
  snapshot.search = search.docs
    .map((s) => {
      const doc = s.doc as { relationTo: string; value: unknown }
      return JSON.stringify([
        s.kind,
        s.url,
        s.title,
        s.text,
        s.priority,
        doc.relationTo,
        toKey(doc.relationTo, doc.value),
      ])
    })
    .sort()
  return snapshot
}
