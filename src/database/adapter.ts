import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { withAtomicJobClaims } from '../schedule/jobClaims'
import { withAfterCommit } from './afterCommit'
import { resilientPoolOptions, withPoolOutageReporting } from './postgresPool'
import { queuedSqliteWriters, sqliteBusyTimeoutMs } from './sqliteWriters'
import { withSqliteStatistics } from './sqliteStatistics'

// The only module that knows which database is in use: everything else talks to
// Payload and must not depend on the adapter (IDs are numbers in SQL, strings in MongoDB).

const here = path.dirname(fileURLToPath(import.meta.url))

export const DEFAULT_DATABASE_URI = 'file:./data/subtext.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// / mongodb+srv:// (MongoDB); got "${uri.split(':')[0]}:…"`,
  )
}

/** Where each SQL adapter keeps its committed migrations; MongoDB needs none. */
export function migrationDir(kind: Exclude<DatabaseKind, 'mongodb'>): string {
  return path.resolve(here, '../migrations', kind)
}

function ensureSqliteDirectory(uri: string, create: boolean): void {
  const file = uri.slice('file:'.length)
  if (!file || file === ':memory:') return
  if (!create && !existsSync(file))
    throw new Error(
      `DATABASE_URI names ${file}, which does not exist. Run \`npm run migrate\` first, or check the path.`,
    )
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/** Sees every SQL statement the adapter sends (Drizzle's logger); the query-count test counts them. */
export type QueryLogger = { logQuery: (query: string, params: unknown[]) => void }

/**
 * The command-line tools (src/cli/payload.ts) never push the schema, in any environment, and create
 * a database that does not exist only for `npm run dev`. Every adapter runs afterCommit() callbacks
 * (pages expire once a change is committed: src/database/afterCommit.ts).
 */
export function databaseAdapter(
  uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  options: AdapterOptions = {},
): DatabaseAdapterObj {
  // Scheduled jobs run once however many instances run the queue (src/schedule/jobClaims.ts).
  return withAfterCommit(withAtomicJobClaims(adapterFor(uri, options)))
}

type AdapterOptions = { push?: false; create?: boolean; logger?: QueryLogger }

function adapterFor(uri: string, { push, create = true, logger }: AdapterOptions): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'sqlite':
      ensureSqliteDirectory(uri, create)
      return withSqliteStatistics(
        queuedSqliteWriters(
          sqliteAdapter({
            client: { url: uri },
            migrationDir: migrationDir('sqlite'),
            push,
            // WAL lets the site read while one writer writes; the busy timeout makes a writer wait
            // for another process's lock (on every connection: patches/@libsql+client…).
            wal: true,
            busyTimeout: sqliteBusyTimeoutMs(),
            // The SQLite adapter runs without transactions unless given options; an import must be
            // all-or-nothing. "immediate" takes the write lock up front, so two writers queue
            // instead of failing half-way when one tries to upgrade its read lock (libsql's
            // transaction() begins IMMEDIATE whatever it is given; this says what we rely on).
            transactionOptions: { behavior: 'immediate' },
            logger,
          }),
        ),
      )
    case 'postgres':
      // A restart or an outage of the server fails requests with 503 and is survived
      // (src/database/postgresPool.ts).
      return withPoolOutageReporting(
        postgresAdapter({
          pool: { connectionString: uri, ...resilientPoolOptions },
          migrationDir: migrationDir('postgres'),
          push,
          disableCreateDatabase: !create,
          logger,
        }),
      )
    case 'mongodb':
      return mongooseAdapter({ url: uri })
  }
}
