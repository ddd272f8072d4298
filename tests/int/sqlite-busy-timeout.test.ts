import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { holdLockElsewhere } from './helpers/sqliteLock'

// libsql's client runs each transaction on the connection it has and opens a new one for what
// follows; SQLite's busy timeout belongs to a connection, so without patches/@libsql+client… the
// new connection waits for nobody: a second process's write lock made every write after the
// first transaction fail at once with SQLITE_BUSY. Tested on the client alone, on a file of its own.

const sqlite = process.env.TEST_ADAPTER === 'sqlite'
if (!sqlite)
  console.warn(`sqlite-busy-timeout skipped on ${process.env.TEST_ADAPTER}: it tests the SQLite client only.`)

describe.runIf(sqlite)('the SQLite client under another process’s write lock', () => {
  it('waits on the connections it opens after a transaction, as on its first', async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'subtext-busy-')), 'busy.db')}`
    const client = createClient({ url })
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('PRAGMA busy_timeout = 5000')
    await client.execute('CREATE TABLE notes (text TEXT)')
    const first = await client.transaction('write')
    await first.execute("INSERT INTO notes VALUES ('first')")
    await first.commit()

    const { released } = await holdLockElsewhere(url, 700)
    const started = Date.now()
    const second = await client.transaction('write') // on a connection opened after the first transaction
    await second.execute("INSERT INTO notes VALUES ('second')")
    await second.commit()
    expect(Date.now() - started).toBeGreaterThan(300) // it waited for the other process
    await released
    expect((await client.execute('PRAGMA busy_timeout')).rows[0]?.[0]).toBe(5000)
    expect((await client.execute('SELECT count(*) FROM notes')).rows[0]?.[0]).toBe(2)
    client.close()
  })
})
