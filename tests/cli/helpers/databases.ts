import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, expect } from 'vitest'

import { runScript } from '../../helpers/run'
import { createDatabase, onServer, withDatabase } from '../../int/setup/postgres'

// Databases for the command-line tools' tests, on SQLite always and on PostgreSQL when
// TEST_POSTGRES_URL is set: a new empty one, or a copy of one that `npm run migrate` set up (as in
// production), so a file runs the migrations once. Each file drops what it made.

export type Kind = 'sqlite' | 'postgres'

const server = process.env.TEST_POSTGRES_URL
export const KINDS: Kind[] = server ? ['sqlite', 'postgres'] : ['sqlite']

/** Says once per file why PostgreSQL is left out. */
export function noticeSkippedKinds(what: string): void {
  if (!server) console.warn(`${what} on postgres skipped: TEST_POSTGRES_URL is not set.`)
}

const SQLITE_FILES = ['', '-wal', '-shm']

export type Databases = {
  /** A new database without any table. */
  empty(): Promise<string>
  /** The address of a database that does not exist. */
  missing(): string
  /** A database as `npm run migrate` leaves it, with no content. */
  migrated(): Promise<string>
}

/** Registers this file's databases of one kind; the migrated template is made in beforeAll. */
export function databases(kind: Kind): Databases {
  const made: string[] = []
  const name = () => {
    const id = `subtext_cli_${randomBytes(5).toString('hex')}`
    made.push(id)
    return id
  }
  const sqliteFile = (id: string) => path.join(tmpdir(), `${id}.db`)
  let template = ''

  const missing = (): string => (kind === 'sqlite' ? `file:${sqliteFile(name())}` : withDatabase(server!, name()))
  const empty = async (): Promise<string> => {
    if (kind === 'postgres') return createDatabase(server!, name())
    const uri = missing()
    writeFileSync(uri.slice('file:'.length), '') // an empty file is an empty SQLite database
    return uri
  }

  beforeAll(async () => {
    template = await empty()
    const { code, stdout, stderr } = await runScript('migrate', [], { DATABASE_URI: template })
    expect(code, stdout + stderr).toBe(0)
  }, 180_000)

  afterAll(async () => {
    if (kind === 'sqlite') {
      for (const id of made) for (const suffix of SQLITE_FILES) rmSync(`${sqliteFile(id)}${suffix}`, { force: true })
    } else {
      await onServer(server!, async (client) => {
        for (const id of made) await client.query(`DROP DATABASE IF EXISTS "${id}" WITH (FORCE)`)
      })
    }
  }, 120_000)

  const migrated = async (): Promise<string> => {
    const id = name()
    if (kind === 'sqlite') {
      const from = template.slice('file:'.length)
      for (const suffix of ['', '-wal'])
        if (existsSync(`${from}${suffix}`)) copyFileSync(`${from}${suffix}`, `${sqliteFile(id)}${suffix}`)
      return `file:${sqliteFile(id)}`
    }
    const templateName = new URL(template).pathname.slice(1)
    await onServer(server!, (client) => client.query(`CREATE DATABASE "${id}" TEMPLATE "${templateName}"`))
    return withDatabase(server!, id)
  }

  return { empty, missing, migrated }
}

/** Runs SQL on a database of either kind, outside Payload. */
export async function query(uri: string, sql: string): Promise<unknown[]> {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    try {
      return (await client.execute(sql)).rows
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

const SCHEMA = {
  sqlite: {
    queries: [
      'PRAGMA schema_version',
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
      "SELECT m.name AS tbl, p.* FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid",
    ],
    hasMigrationsTable: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
  },
  postgres: {
    queries: [
      "SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
      "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
      "SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY tbl, conname",
      'SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY 1, 3',
    ],
    hasMigrationsTable:
      "SELECT to_regclass('payload_migrations') AS name WHERE to_regclass('payload_migrations') IS NOT NULL",
  },
}

/** Everything that makes up a database's schema, and payload_migrations, as one comparable text. */
export async function schemaOf(uri: string): Promise<string> {
  const { queries, hasMigrationsTable } = SCHEMA[uri.startsWith('file:') ? 'sqlite' : 'postgres']
  const migrations =
    (await query(uri, hasMigrationsTable)).length > 0 ? ['SELECT * FROM payload_migrations ORDER BY id'] : []
  const results = []
  for (const sql of [...queries, ...migrations]) results.push({ sql, rows: await query(uri, sql) })
  return JSON.stringify(results, null, 1)
}

/** payload_migrations as plain rows: the applied migrations (batch 1, 2, …) and Payload's development mark (`dev`, batch -1). */
export const migrationRows = async (uri: string): Promise<{ name: string; batch: number }[]> =>
  (
    (await query(uri, 'SELECT name, batch FROM payload_migrations ORDER BY name')) as {
      name: string
      batch: number | string
    }[]
  ).map(({ name, batch }) => ({
    name,
    batch: Number(batch),
  }))

/** Whether the database exists at all (a SQLite file, a PostgreSQL database). */
export async function exists(uri: string): Promise<boolean> {
  if (uri.startsWith('file:')) return existsSync(uri.slice('file:'.length))
  const name = new URL(uri).pathname.slice(1)
  return onServer(
    server!,
    async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows.length > 0,
  )
}
