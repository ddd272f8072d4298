import { randomBytes } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type FlattenedField,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import {
  BACKUP_COLLECTIONS,
  type Backup,
  type BackupCollection,
  type DocId,
  type StoredDoc,
  type VersionRecord,
} from './backupFile'
import { revalidateTags, signingSecret, tagsForChange } from '../lib/revalidate'
import { mapReferences, type ResolveReference } from './references'
import { uploadFiles } from './uploadFiles'

/** The restore did not happen; the message says why, and nothing was left behind. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreError'
  }
}

export type RestoreReport = {
  counts: Record<BackupCollection, number>
  versions: number
  files: number
  /** Emails of users restored without their password (the backup holds none): they must set a new one. */
  usersWithoutPassword: string[]
  /** References to documents that were already missing when the backup was made; left out. */
  droppedReferences: string[]
  /** Whether the database ran the restore as one transaction (otherwise a failure is undone by deleting). */
  transaction: boolean
}

// Recomputed from the uploaded file; a restore uploads the file again.
const UPLOAD_GENERATED = ['filename', 'mimeType', 'filesize', 'width', 'height', 'url', 'thumbnailURL', 'sizes']
const USER_SECRETS = ['hash', 'salt']
// Columns a hook may rewrite on create (a slug's generate checkbox, the first user's role); they
// are put back to their stored values afterwards, with the timestamps.
const SCALAR_TYPES = new Set(['checkbox', 'code', 'date', 'email', 'number', 'radio', 'select', 'text', 'textarea'])

// Each document's change is not revalidated on its own: the whole restore is, once it is committed.
const CONTEXT = { skipRevalidate: true }

/** How many documents each content collection holds. */
export async function contentCounts(payload: Payload): Promise<Record<BackupCollection, number>> {
  const counts = {} as Record<BackupCollection, number>
  for (const collection of BACKUP_COLLECTIONS) counts[collection] = (await payload.count({ collection })).totalDocs
  return counts
}

export async function assertEmpty(payload: Payload): Promise<void> {
  let counts: Record<BackupCollection, number>
  try {
    counts = await contentCounts(payload)
  } catch (error) {
    throw new RestoreError(
      `The database cannot be read (${describeError(error)}). Is its schema in place? In production, run \`npm run migrate\` on it first. Nothing was written.`,
    )
  }
  const filled = Object.entries(counts).filter(([, n]) => n > 0)
  if (filled.length > 0) {
    throw new RestoreError(
      `The database is not empty (${filled.map(([c, n]) => `${c}: ${n}`).join(', ')}). A restore only goes into an empty database: point DATABASE_URI at a new one. Nothing was written.`,
    )
  }
}

const label = (collection: string, doc: StoredDoc): string => {
  const name = [doc.slug, doc.email, doc.title ?? doc.name ?? doc.alt].find(
    (v): v is string => typeof v === 'string' && v !== '',
  )
  return `${collection} ${name ? `"${name}" ` : ''}(id ${String(doc.id)} in the backup)`
}

function describeError(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const fields = data?.errors?.map((e) => `${e.path ?? '?'}: ${e.message ?? 'invalid'}`).join('; ')
  const message = error instanceof Error ? error.message : String(error)
  return fields ? `${message} (${fields})` : message
}

const sameValue = (a: unknown, b: unknown, type: string): boolean => {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true
  if (type === 'date' && typeof a === 'string' && typeof b === 'string') return Date.parse(a) === Date.parse(b)
  return isDeepStrictEqual(a, b)
}

type Restorer = {
  payload: Payload
  req: PayloadRequest
  backup: Backup
  ids: Map<string, Map<string, DocId>>
  written: { collection: BackupCollection; id: DocId }[]
  /** Removes each file written so far (an original or an image size), should the restore fail. */
  files: (() => Promise<void>)[]
  report: RestoreReport
}

function resolver(r: Restorer, where: string): ResolveReference {
  return (collection, id, at) => {
    const mapped = r.ids.get(collection)?.get(String(id))
    if (mapped !== undefined) return mapped
    const inBackup = (r.backup.documents[collection as BackupCollection] ?? []).some((d) => String(d.id) === String(id))
    if (inBackup)
      throw new Error(
        `${at} refers to ${collection} ${String(id)}, which is restored later; this backup's collections cannot be restored in order`,
      )
    r.report.droppedReferences.push(
      `${where} ${at}: ${collection} ${String(id)} was not in the backup (it had been deleted); the reference is left out`,
    )
    return undefined
  }
}

/**
 * `stored` is the document with its references already remapped; the backup's version records
 * still hold the old IDs.
 */
async function rebuildVersions(
  r: Restorer,
  collection: BackupCollection,
  fields: FlattenedField[],
  doc: StoredDoc,
  newId: DocId,
  stored: Record<string, unknown>,
  where: string,
) {
  const resolve = resolver(r, `${where} (a version)`)
  const own = (r.backup.versions[collection] ?? [])
    .filter((v) => String(v.parent) === String(doc.id))
    .map((v): VersionRecord => ({ ...v, version: mapReferences(fields, v.version, resolve) }))
  const current: VersionRecord = {
    parent: doc.id,
    createdAt: String(stored.updatedAt ?? stored.createdAt),
    updatedAt: String(stored.updatedAt ?? stored.createdAt),
    autosave: false,
    latest: own.length === 0,
    version: stored,
  }
  // With every version in the backup, the history is theirs; otherwise the stored document is the
  // first version and an unpublished draft, if any, the newer one.
  const records = r.backup.options.versions === 'all' && own.length > 0 ? own : [current, ...own]
  records.sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt))
  // The versions Payload saved while creating the document carry today's date; they are replaced.
  await r.payload.db.deleteVersions({ collection, where: { parent: { equals: newId } }, req: r.req })
  for (const record of records) {
    const { id: _id, ...versionData } = record.version
    await r.payload.db.createVersion({
      collectionSlug: collection,
      parent: newId,
      versionData: versionData as never,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      autosave: record.autosave,
      req: r.req,
      returning: false,
    })
    r.report.versions += 1
  }
}

/** An unpublished document of a collection with drafts (never an upload or an account: those have none). */
const isDraft = (config: SanitizedCollectionConfig, data: Record<string, unknown>): boolean =>
  Boolean(config.versions?.drafts) && !config.upload && !config.auth && data._status === 'draft'

async function restoreDocument(
  r: Restorer,
  collection: BackupCollection,
  doc: StoredDoc,
  where: string,
): Promise<void> {
  const config = r.payload.collections[collection].config
  const fields = config.flattenedFields
  const { id: _id, ...stored } = mapReferences(fields, doc, resolver(r, where))
  const data: Record<string, unknown> = { ...stored }
  let file: { data: Buffer; mimetype: string; name: string; size: number } | undefined
  if (config.upload) {
    for (const key of UPLOAD_GENERATED) delete data[key]
    const saved = r.backup.files[String(doc.id)]
    if (!saved) throw new Error('its file is not in the backup')
    const bytes = Buffer.from(saved.base64, 'base64')
    file = { data: bytes, mimetype: saved.mimeType, name: saved.filename, size: bytes.length }
  }
  const secrets: Record<string, unknown> = {}
  if (config.auth) {
    for (const key of USER_SECRETS) {
      if (typeof data[key] === 'string') secrets[key] = data[key]
      delete data[key]
    }
    // A password is required to create an account; without the stored hash it is random and unknown.
    data.password = randomBytes(24).toString('base64url')
    if (!secrets.hash) r.report.usersWithoutPassword.push(String(doc.email))
  }
  const created = (isDraft(config, data)
    ? // A draft is written as it was stored. Payload's create would validate it (drafts.validate,
      // collections/editorial.ts), and a draft may be incomplete: that is what drafts are for.
      // Its hooks have nothing to add: a draft is never indexed for search nor shown on the site.
      await r.payload.db.create({ collection, data, req: r.req })
    : await r.payload.create({
        collection,
        data: data as never,
        file,
        depth: 0,
        req: r.req,
        overrideAccess: true,
        disableVerificationEmail: true,
        context: CONTEXT,
      })) as unknown as StoredDoc
  r.written.push({ collection, id: created.id })
  r.ids.get(collection)!.set(String(doc.id), created.id)
  if (config.upload) {
    const stored = uploadFiles(r.payload, collection)
    const sizes = Object.values((created.sizes ?? {}) as Record<string, { filename?: string | null }>)
    for (const name of [created.filename, ...sizes.map((s) => s.filename)]) {
      if (typeof name === 'string' && name !== '') r.files.push(() => stored.remove(name))
    }
    r.report.files += 1
  }

  // Put back what hooks changed on create, the timestamps and the password hash, directly.
  const fixes: Record<string, unknown> = { ...secrets }
  for (const field of fields) {
    if (!('name' in field) || field.name === 'password' || !(field.name in data) || !SCALAR_TYPES.has(field.type))
      continue
    if ('hasMany' in field && field.hasMany) continue
    if (!sameValue(created[field.name], data[field.name], field.type)) fixes[field.name] = data[field.name]
  }
  if (typeof stored.createdAt === 'string') fixes.createdAt = stored.createdAt
  if (typeof stored.updatedAt === 'string') fixes.updatedAt = stored.updatedAt
  await r.payload.db.updateOne({ collection, id: created.id, data: fixes, req: r.req, returning: false })

  if (config.versions) await rebuildVersions(r, collection, fields, doc, created.id, stored, where)
}

/** Undo a restore on a database without transactions: delete what was written, newest first. */
async function undo(r: Restorer): Promise<void> {
  for (const { collection, id } of [...r.written].reverse()) {
    try {
      await r.payload.delete({ collection, id, req: r.req, overrideAccess: true, context: CONTEXT })
    } catch {
      // Best effort; the error that stopped the restore is the one reported.
    }
  }
}

/**
 * Restore a checked backup (see decodeBackup) into an empty database: every document in
 * dependency order with its references remapped to the new IDs, its status, slug and dates as
 * stored, its versions, and the uploaded files (their image sizes generated again). All in one
 * transaction where the adapter has them; on any error nothing is left behind and the error
 * names the document that failed.
 */
export async function restoreBackup(payload: Payload, backup: Backup): Promise<RestoreReport> {
  await assertEmpty(payload)
  const req = await createLocalReq({ context: CONTEXT }, payload)
  await initTransaction(req)
  const report: RestoreReport = {
    counts: {} as RestoreReport['counts'],
    versions: 0,
    files: 0,
    usersWithoutPassword: [],
    droppedReferences: [],
    transaction: req.transactionID !== undefined,
  }
  const r: Restorer = {
    payload,
    req,
    backup,
    ids: new Map(BACKUP_COLLECTIONS.map((c) => [c, new Map<string, DocId>()])),
    written: [],
    files: [],
    report,
  }
  let where = 'the start'
  try {
    for (const collection of BACKUP_COLLECTIONS) {
      for (const doc of backup.documents[collection]) {
        where = label(collection, doc)
        await restoreDocument(r, collection, doc, where)
      }
      report.counts[collection] = backup.documents[collection].length
    }
    where = 'the final commit'
    await commitTransaction(req)
  } catch (error) {
    if (report.transaction) await killTransaction(req)
    else await undo(r)
    await Promise.all(r.files.map((remove) => remove()))
    throw new RestoreError(
      `The restore failed at ${where}: ${describeError(error)}. Nothing was restored: ${
        report.transaction ? 'the transaction was rolled back' : 'the documents written so far were deleted again'
      } and the uploaded files written so far were removed.`,
    )
  }
  // The site may already run on this database (started on it while it was empty): every page it or
  // its caching front holds (a 404 for a slug restored just now, an empty list) is expired, once,
  // through the site as any change is (src/lib/revalidate.ts).
  await revalidateTags(restoredTags(backup), signingSecret(payload))
  return report
}

/** The cache tags of every restored document, as if each had just been published. */
function restoredTags(backup: Backup): string[] {
  const tags = new Set<string>()
  for (const collection of BACKUP_COLLECTIONS)
    for (const doc of backup.documents[collection])
      for (const tag of tagsForChange(collection, { slug: typeof doc.slug === 'string' ? doc.slug : null }))
        tags.add(tag)
  return [...tags]
}
