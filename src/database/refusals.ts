import type { Config } from 'payload'

import { DatabaseUnavailableError, unavailableOf } from './unavailable'

// The ways a database refuses a request that was well formed, in one place for every adapter:
// it stayed busy (another writer held the lock past the wait; try again shortly: 503 with
// Retry-After), it could not be reached (503 with Retry-After: src/database/unavailable.ts), or
// the write lost a conflict with a concurrent one (409). Everything else a database throws stays
// an error.

/** What a refused client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2

export class DatabaseBusyError extends Error {
  // Set by hand: class names do not survive the production bundle's minifier.
  override name = 'DatabaseBusyError'
  status = 503
}

export class WriteConflictError extends Error {
  override name = 'WriteConflictError'
  status = 409
}

export type DatabaseRefusal = DatabaseBusyError | DatabaseUnavailableError | WriteConflictError

type Coded = {
  code?: unknown
  rawCode?: unknown
  errorLabels?: unknown
  name?: unknown
  message?: unknown
  cause?: unknown
}

const BUSY_MESSAGE = 'The database is busy with other writes; nothing was saved. Try again in a moment.'
const CONFLICT_MESSAGE = 'This write conflicted with a concurrent one and was not saved. Reload and try again.'

function refusalOf({ code, rawCode, message }: Coded): DatabaseRefusal | null {
  // SQLite (libsql): SQLITE_BUSY and SQLITE_LOCKED with their extended codes (BUSY_SNAPSHOT…).
  if (
    (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) ||
    (typeof rawCode === 'number' && [5, 6].includes(rawCode & 0xff))
  )
    return new DatabaseBusyError(BUSY_MESSAGE)
  if (typeof message === 'string' && /database (table )?is locked/.test(message))
    return new DatabaseBusyError(BUSY_MESSAGE)
  // PostgreSQL: serialization failure and deadlock are conflicts; a lock not granted in time is busy.
  if (code === '40001' || code === '40P01') return new WriteConflictError(CONFLICT_MESSAGE)
  if (
    code === '55P03' ||
    (code === '57014' && typeof message === 'string' && /lock timeout|statement timeout/.test(message))
  )
    return new DatabaseBusyError(BUSY_MESSAGE)
  // MongoDB: WriteConflict inside a transaction.
  if (code === 112) return new WriteConflictError(CONFLICT_MESSAGE)
  return null
}

const known = (e: object): DatabaseRefusal | null =>
  e instanceof DatabaseBusyError || e instanceof DatabaseUnavailableError || e instanceof WriteConflictError ? e : null

/** The first refusal that `classify` finds in `error` or the errors it wraps (their causes). */
function findRefusal(error: unknown, classify: (e: Coded) => DatabaseRefusal | null): DatabaseRefusal | null {
  const seen = new Set<unknown>()
  for (let e = error; e && typeof e === 'object' && !seen.has(e); e = (e as Coded).cause) {
    const already = known(e)
    if (already) return already
    seen.add(e)
    const refusal = classify(e)
    if (refusal) {
      refusal.cause = error
      return refusal
    }
  }
  return null
}

/** The refusal an error from a database driver stands for (looking through wrapping errors' causes), or null. */
export const asRefusal = (error: unknown): DatabaseRefusal | null => findRefusal(error, refusalOf)

/**
 * asRefusal for an error the database adapter threw, where a lost or refused connection can only
 * be the database's (elsewhere an ECONNREFUSED may be the storage's or the front's).
 */
export const asAdapterRefusal = (error: unknown): DatabaseRefusal | null =>
  findRefusal(error, (e) => refusalOf(e) ?? unavailableOf(e))

/**
 * A refusal is the client's to retry, not a fault of the server: logged as a warning. A request
 * failed by an unreachable database is one line without a stack (many fail at once); what broke
 * the connection is said once per outage (PostgreSQL's pool: src/database/postgresPool.ts).
 */
export const refusalLoggingLevels = {
  DatabaseBusyError: 'warn',
  DatabaseUnavailableError: 'info',
  WriteConflictError: 'warn',
} as Config['loggingLevels']
