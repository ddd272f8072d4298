import { ValidationError, type PayloadRequest } from 'payload'

import { WriteConflictError, asRefusal } from '../database/refusals'

// Importers writing at once, each film in its own transaction, race where files share a film,
// theme or person: on PostgreSQL (and MongoDB) both find the slug free and create it, and the
// second's insert waits for the first to commit, then fails on the unique slug; or two transactions
// update shared rows in opposite orders and the database breaks the deadlock. The transaction is
// then rolled back whole, so the film is written again from the start: its lookups now find
// what the winner committed and update it instead. (SQLite takes its one write lock before the
// first lookup, so its importers never race.)

/** How many times a film is written before its race is reported as its failure. */
export const WRITE_ATTEMPTS = 5

/** Whether a write failed only because a concurrent transaction won a race for the same rows. */
export function lostARace(error: unknown, req: PayloadRequest): boolean {
  if (asRefusal(error) instanceof WriteConflictError) return true
  // Payload reports a unique index's violation as this field error (@payloadcms/drizzle's
  // handleUpsertError), in the request's language, with the driver's error dropped.
  const unique = req.t('error:valueMustBeUnique')
  return error instanceof ValidationError && error.data.errors.some((e) => e.message === unique)
}

/** A pause of a few tens of milliseconds, growing with the attempt, so racing writers spread out. */
export const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, attempt * (10 + Math.random() * 40)))
