import type { Config } from 'payload'

// The two ways a database refuses a write that was well formed, in one place for every adapter:
// it stayed busy (another writer held the lock past the wait; try again shortly: 503 with
// Retry-After) or the write lost a conflict with a concurrent one (409). Everything else a
// database throws stays an error.

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

export type DatabaseRefusal = DatabaseBusyError | WriteConflictError

type Coded = { code?: unknown; rawCode?: unknown; errorLabels?: unknown; message?: unknown; cause?: unknown }

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

/** The refusal an error from a database driver stands for (looking through wrapping errors' causes), or null. */
export function asRefusal(error: unknown): DatabaseRefusal | null {
  const seen = new Set<unknown>()
  for (let e = error; e && typeof e === 'object' && !seen.has(e); e = (e as Coded).cause) {
    if (e instanceof DatabaseBusyError || e instanceof WriteConflictError) return e
    seen.add(e)
    const refusal = refusalOf(e)
    if (refusal) {
      refusal.cause = error
      return refusal
    }
  }
  return null
}

/** A refusal is the client's to retry, not a fault of the server: logged as a warning. */
export const refusalLoggingLevels = { DatabaseBusyError: 'warn', WriteConflictError: 'warn' } as Config['loggingLevels']
