import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'

// The backup file: one JSON document, gzip-compressed. docs/backup-format.md describes it; keep
// the two in step, and raise BACKUP_VERSION when a change would make an older Subtext misread it.

export const BACKUP_FORMAT = 'subtext-backup'
export const BACKUP_VERSION = 1

/**
 * The collections a backup holds, in restore order: each comes after every collection its
 * documents refer to (films → people, genres, themes, media; symbols → films; essays → films,
 * users). The search index, preferences, locks and migrations are not content and are rebuilt.
 */
export const BACKUP_COLLECTIONS = [
  'media',
  'users',
  'people',
  'genres',
  'themes',
  'films',
  'symbols',
  'essays',
] as const
export type BackupCollection = (typeof BACKUP_COLLECTIONS)[number]

export type DocId = string | number
export type StoredDoc = { id: DocId; [field: string]: unknown }

/** One saved version of a document, as Payload keeps it in the collection's versions table. */
export type VersionRecord = {
  parent: DocId
  createdAt: string
  updatedAt: string
  autosave: boolean
  latest: boolean
  version: Record<string, unknown>
}

/** An uploaded file: the original only; the image sizes are generated again on restore. */
export type StoredFile = { filename: string; mimeType: string; size: number; sha256: string; base64: string }

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  createdAt: string
  collections: BackupCollection[]
  /** Informational: where the backup was made. */
  source: { adapter: string }
  options: {
    /** "all": every saved version; "drafts": only unpublished drafts newer than their document. */
    versions: 'all' | 'drafts'
    /** Whether users' password hashes are included. */
    userSecrets: boolean
  }
  counts: Record<BackupCollection, number>
  documents: Record<BackupCollection, StoredDoc[]>
  versions: Partial<Record<BackupCollection, VersionRecord[]>>
  /** Uploaded files by the id of their media document (as a string). */
  files: Record<string, StoredFile>
}

/** A file that is not a backup this version of Subtext can restore; nothing was written. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupFileError'
  }
}

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

export function encodeBackup(backup: Backup): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(backup), 'utf8'))
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const isId = (value: unknown): value is DocId =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))

const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))

/**
 * Read and check a backup file's bytes (gzip-compressed or plain JSON). Everything that a
 * restore relies on is checked here, before any database is touched.
 */
export function decodeBackup(bytes: Buffer, name = 'the backup file'): Backup {
  if (bytes.length === 0) throw new BackupFileError(`${name} is empty.`)
  let json = bytes
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      json = gunzipSync(bytes)
    } catch (error) {
      throw new BackupFileError(
        `${name} is a damaged gzip file (${(error as Error).message}); it is probably truncated. Use a complete copy of the backup.`,
      )
    }
  }
  let value: unknown
  try {
    value = JSON.parse(json.toString('utf8'))
  } catch (error) {
    throw new BackupFileError(
      `${name} is not valid JSON (${(error as Error).message}); it is damaged or truncated, or not a Subtext backup.`,
    )
  }
  return checkBackup(value, name)
}

export function checkBackup(value: unknown, name = 'the backup file'): Backup {
  const fail = (what: string): never => {
    throw new BackupFileError(`${name} ${what}`)
  }
  if (!isObject(value)) return fail('is not a Subtext backup: it holds no JSON object.')
  if (value.format !== BACKUP_FORMAT) {
    return fail(
      `is not a Subtext backup: its "format" is ${JSON.stringify(value.format) ?? 'missing'}, expected "${BACKUP_FORMAT}".`,
    )
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return fail(
      `has an invalid format version ${JSON.stringify(value.version) ?? '(missing)'}; expected ${BACKUP_VERSION}.`,
    )
  }
  if (value.version > BACKUP_VERSION) {
    return fail(
      `uses backup format version ${value.version}, made by a newer Subtext; this one reads version ${BACKUP_VERSION}. Restore it with the Subtext version that made it, or a newer one.`,
    )
  }
  if (!isDate(value.createdAt)) fail('has no valid "createdAt" date in its header.')
  const options = value.options
  if (
    !isObject(options) ||
    (options.versions !== 'all' && options.versions !== 'drafts') ||
    typeof options.userSecrets !== 'boolean'
  ) {
    fail('has no valid "options" in its header (versions: "all" or "drafts", userSecrets: true or false).')
  }
  if (!Array.isArray(value.collections)) return fail('has no "collections" list in its header.')
  const unknown = value.collections.filter((c) => !(BACKUP_COLLECTIONS as readonly unknown[]).includes(c))
  if (unknown.length > 0)
    fail(`holds collections this Subtext does not have: ${unknown.map((c) => JSON.stringify(c)).join(', ')}.`)
  const missing = BACKUP_COLLECTIONS.filter((c) => !(value.collections as unknown[]).includes(c))
  if (missing.length > 0) fail(`is incomplete: the collection(s) ${missing.join(', ')} are missing from its header.`)
  const documents = value.documents
  if (!isObject(documents)) return fail('has no "documents".')
  const counts = isObject(value.counts) ? value.counts : {}
  for (const collection of BACKUP_COLLECTIONS) {
    const docs = documents[collection]
    if (!Array.isArray(docs)) return fail(`is incomplete: it has no documents list for the collection "${collection}".`)
    const seen = new Set<string>()
    docs.forEach((doc, i) => {
      if (!isObject(doc) || !isId(doc.id)) fail(`has a damaged document: documents.${collection}[${i}] has no id.`)
      const id = String((doc as StoredDoc).id)
      if (seen.has(id)) fail(`has two ${collection} documents with the id ${id}.`)
      seen.add(id)
    })
    if (typeof counts[collection] === 'number' && counts[collection] !== docs.length) {
      fail(
        `is incomplete: its header counts ${String(counts[collection])} ${collection} documents but it holds ${docs.length}.`,
      )
    }
  }
  const versions = value.versions ?? {}
  if (!isObject(versions)) return fail('has a damaged "versions" section.')
  for (const [collection, records] of Object.entries(versions)) {
    if (!(BACKUP_COLLECTIONS as readonly string[]).includes(collection) || !Array.isArray(records)) {
      fail(`has a damaged "versions" section (versions.${collection}).`)
    }
    ;(records as unknown[]).forEach((record, i) => {
      if (
        !isObject(record) ||
        !isId(record.parent) ||
        !isObject(record.version) ||
        !isDate(record.updatedAt) ||
        !isDate(record.createdAt)
      ) {
        fail(
          `has a damaged version: versions.${collection}[${i}] needs a parent id, createdAt, updatedAt and a version object.`,
        )
      }
    })
  }
  const files = value.files ?? {}
  if (!isObject(files)) return fail('has a damaged "files" section.')
  for (const doc of documents.media as StoredDoc[]) {
    const file = files[String(doc.id)]
    if (
      !isObject(file) ||
      typeof file.base64 !== 'string' ||
      typeof file.filename !== 'string' ||
      typeof file.mimeType !== 'string'
    ) {
      return fail(
        `is incomplete: the file of media ${String(doc.id)} (${JSON.stringify(doc.filename ?? doc.alt ?? '')}) is missing.`,
      )
    }
    const data = Buffer.from(file.base64, 'base64')
    if (data.length !== file.size || sha256(data) !== file.sha256) {
      fail(`is damaged: the file of media ${String(doc.id)} (${file.filename}) does not match its checksum.`)
    }
  }
  return { ...(value as unknown as Backup), versions: versions, files: files as Backup['files'] }
}
