import { isDeepStrictEqual } from 'node:util'

import type { Payload } from 'payload'

import {
  BACKUP_COLLECTIONS,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  sha256,
  type Backup,
  type BackupCollection,
  type StoredDoc,
  type StoredFile,
  type VersionRecord,
} from './backupFile'
import { mapReferences } from './references'
import { uploadFiles } from './uploadFiles'

export type BackupOptions = {
  /** Every saved version of films, symbols and essays, not only the unpublished drafts. */
  versions?: boolean
  /** Users' password hashes, so restored accounts keep their passwords. */
  userSecrets?: boolean
}

/** Something that prevents a complete backup; no file is written. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

// Login state is not content; a restored account starts signed out and unlocked.
const USER_STATE = [
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'collection',
  '_verificationToken',
]
const USER_SECRETS = ['hash', 'salt']
// Derived from the file on every upload.
const UPLOAD_DERIVED = ['url', 'thumbnailURL', 'sizes']

const fieldsOf = (payload: Payload, collection: BackupCollection) =>
  payload.collections[collection].config.flattenedFields

const versioned = (payload: Payload, collection: BackupCollection): boolean =>
  Boolean(payload.collections[collection].config.versions)

/** The stored document, references as IDs, join fields and derived or login state left out. */
function storedDoc(
  payload: Payload,
  collection: BackupCollection,
  doc: Record<string, unknown>,
  userSecrets: boolean,
): StoredDoc {
  const out = mapReferences(fieldsOf(payload, collection), doc, (_c, id) => id)
  const drop = [
    ...(collection === 'users' ? [...USER_STATE, ...(userSecrets ? [] : USER_SECRETS)] : []),
    ...(payload.collections[collection].config.upload ? UPLOAD_DERIVED : []),
  ]
  for (const key of drop) delete out[key]
  return out as StoredDoc
}

const withoutTimestamps = (doc: Record<string, unknown>): Record<string, unknown> => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>
}

async function versionRecords(
  payload: Payload,
  collection: BackupCollection,
  docs: StoredDoc[],
  all: boolean,
): Promise<VersionRecord[]> {
  // Only drafts can hold what the stored document lacks; collections without drafts keep no `latest` either.
  if (!all && !payload.collections[collection].config.versions?.drafts) return []
  const { docs: versions } = await payload.findVersions({
    collection,
    pagination: false,
    depth: 0,
    sort: 'updatedAt',
    where: all ? {} : { latest: { equals: true } },
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  const records: VersionRecord[] = []
  for (const v of versions) {
    const parent = (
      typeof v.parent === 'object' && v.parent !== null ? (v.parent as { id: unknown }).id : v.parent
    ) as StoredDoc['id']
    const doc = byId.get(String(parent))
    if (!doc) continue // a version whose document is gone
    const version = mapReferences(
      fieldsOf(payload, collection),
      v.version as unknown as Record<string, unknown>,
      (_c, id) => id,
    )
    // Without --with-versions only what would otherwise be lost: an unpublished draft that
    // differs from the stored document (a published film's pending edits, a draft's autosaves).
    if (!all && (version._status !== 'draft' || isDeepStrictEqual(withoutTimestamps(version), withoutTimestamps(doc))))
      continue
    records.push({
      parent,
      createdAt: v.createdAt,
      updatedAt: v.updatedAt,
      autosave: Boolean((v as { autosave?: boolean }).autosave),
      latest: Boolean((v as { latest?: boolean }).latest),
      version,
    })
  }
  return records
}

async function storedFile(payload: Payload, collection: BackupCollection, doc: StoredDoc): Promise<StoredFile> {
  const files = uploadFiles(payload, collection)
  const filename = typeof doc.filename === 'string' ? doc.filename : ''
  let data: Buffer
  try {
    if (!filename) throw new Error('the document names no file')
    data = await files.read(filename)
  } catch (error) {
    throw new BackupError(
      `${collection} ${String(doc.id)} (${JSON.stringify(doc.alt ?? filename)}): its file ${filename} in ${files.where} cannot be read (${(error as Error).message}). Put the file back or delete the document, then back up again. No backup was written.`,
    )
  }
  return {
    filename,
    mimeType: typeof doc.mimeType === 'string' ? doc.mimeType : 'application/octet-stream',
    size: data.length,
    sha256: sha256(data),
    base64: data.toString('base64'),
  }
}

/**
 * Everything Subtext stores, as a Backup object: every document of every content collection
 * (published and drafts, as stored), unpublished drafts (or with `versions`, every version), and
 * the uploaded files. Read through the Local API, so it works on every adapter.
 */
export async function createBackup(payload: Payload, options: BackupOptions = {}): Promise<Backup> {
  const userSecrets = options.userSecrets ?? false
  const documents = {} as Backup['documents']
  const versions: Backup['versions'] = {}
  const files: Backup['files'] = {}
  for (const collection of BACKUP_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      draft: false,
      sort: 'createdAt',
      showHiddenFields: collection === 'users' && userSecrets,
    })
    documents[collection] = docs.map((doc) =>
      storedDoc(payload, collection, doc as unknown as Record<string, unknown>, userSecrets),
    )
    if (versioned(payload, collection))
      versions[collection] = await versionRecords(payload, collection, documents[collection], options.versions ?? false)
    if (payload.collections[collection].config.upload) {
      for (const doc of documents[collection]) files[String(doc.id)] = await storedFile(payload, collection, doc)
    }
  }
  const counts = Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, documents[c].length])) as Backup['counts']
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    collections: [...BACKUP_COLLECTIONS],
    source: { adapter: payload.db.name },
    options: { versions: options.versions ? 'all' : 'drafts', userSecrets },
    counts,
    documents,
    versions,
    files,
  }
}
