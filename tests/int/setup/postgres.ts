import { randomBytes } from 'node:crypto'

import pg from 'pg'

export const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export const createDatabase = (serverUrl: string, name: string): Promise<string> =>
  onServer(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`)
    return withDatabase(serverUrl, name)
  })

/**
 * A test database's name holds the id of the process that made it (a test file's worker), so that
 * the end of a run drops its own and those a crashed run left, never those of another run still
 * using the same server: dropping those (WITH FORCE) broke its tests' connections mid-run.
 */
export const testDatabaseName = (): string => `subtext_test_${process.pid}_${randomBytes(5).toString('hex')}`

const makerOf = (name: string): number | null => {
  const pid = /^subtext_test_(\d+)_/.exec(name)?.[1]
  return pid ? Number(pid) : null
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0) // signal 0 only asks whether the process exists
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Drops the test databases whose maker has ended, or is this process; and any of an older name. */
export const dropTestDatabases = (serverUrl: string): Promise<void> =>
  onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'subtext\\_test\\_%'",
    )
    for (const { datname } of rows) {
      const maker = makerOf(datname)
      if (maker === null || maker === process.pid || !isRunning(maker))
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
  })

export const dropDatabase = (serverUrl: string, name: string): Promise<void> =>
  onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  })
