import { pushDevSchema, type DrizzleAdapter } from '@payloadcms/drizzle'
import { readMigrationFiles, type Payload } from 'payload'

import { searchEngine } from '../lib/search'

// A command-line tool never changes the schema of the database it opens: its adapter is built with
// `push: false` (src/cli/payload.ts), and a database whose committed migrations are not all applied
// is refused with what to run, before the tool reads or writes anything. The one exception is
// `npm run dev`'s first run, which creates and updates the schema of a development database, as
// `next dev` itself does right after it.
//
// A development database is one that no committed migration was ever applied to: a new one, or one
// whose schema Payload pushed in development (it marks that with a `dev` row, batch -1, in
// payload_migrations). Once `npm run migrate` has run on a database, only migrations change it.

/** Payload's mark of a schema pushed in development. */
const DEV_PUSH_BATCH = -1

/** SQLite and PostgreSQL (Payload's drizzle adapters) have a schema; MongoDB has none to migrate or push. */
const hasSchema = (db: Payload['db']): db is Payload['db'] & DrizzleAdapter => 'requireDrizzleKit' in db

type Applied = { migrations: string[]; devPush: boolean }

/** The database's own words ("no such table: payload_migrations"), not the query builder's wrapping of them. */
const rootCause = (error: unknown): string =>
  error instanceof Error && error.cause ? rootCause(error.cause) : String((error as Error)?.message ?? error)

/** What payload_migrations records, or why it cannot be read (a database without Subtext's tables). */
async function appliedMigrations(payload: Payload): Promise<Applied | { unreadable: string }> {
  try {
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0 })
    return {
      migrations: docs.filter((row) => row.batch !== DEV_PUSH_BATCH).map((row) => String(row.name)),
      devPush: docs.some((row) => row.batch === DEV_PUSH_BATCH),
    }
  } catch (error) {
    return { unreadable: rootCause(error) }
  }
}

/** Refuses a database that lacks any committed migration, unless its schema comes from `npm run dev`. */
async function requireMigrated(payload: Payload): Promise<void> {
  if (!hasSchema(payload.db)) return
  const committed = (await readMigrationFiles({ payload })).map((migration) => migration.name)
  if (committed.length === 0) return
  const applied = await appliedMigrations(payload)
  if ('unreadable' in applied) {
    throw new Error(
      `the database named by DATABASE_URI has no Subtext tables (${applied.unreadable}). Run \`npm run migrate\` first.`,
    )
  }
  if (applied.migrations.length === 0 && applied.devPush) return
  const missing = committed.filter((name) => !applied.migrations.includes(name))
  if (missing.length > 0) {
    throw new Error(
      `the database named by DATABASE_URI lacks ${missing.length} of Subtext's ${committed.length} migrations (${missing.join(', ')}). Run \`npm run migrate\` first; nothing was changed.`,
    )
  }
}

/** `npm run dev`'s first run: pushes the schema into a development database, and refuses any other. */
async function pushDevelopmentSchema(payload: Payload): Promise<void> {
  if (!hasSchema(payload.db)) return
  const applied = await appliedMigrations(payload)
  if ('migrations' in applied && applied.migrations.length > 0) {
    throw new Error(
      'DATABASE_URI names a database set up by `npm run migrate`, and `npm run dev` would change its schema. ' +
        'Run `npm run dev` on a development database: leave DATABASE_URI unset (data/subtext.db) or name a new one.',
    )
  }
  await pushDevSchema(payload.db)
  // The full-text index is no table of the collections, so the push leaves it out; the site's onInit
  // creates it, but ran here before the push, when there was no `search` table to index. Without it
  // every search write failed and took the seed's transactions down with it.
  await searchEngine(payload).ensure(payload)
}

/** Checks the schema of a tool's database, or (development only) creates it; see the top of this file. */
export const prepareSchema = (payload: Payload, { development }: { development: boolean }): Promise<void> =>
  development ? pushDevelopmentSchema(payload) : requireMigrated(payload)
