import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { DatabaseBusyError } from './refusals'

// SQLite has one writer at a time, and libsql waits for a lock synchronously, blocking Node's
// event loop: inside one process the writer holding the lock can then never finish, so a second
// concurrent transaction fails with SQLITE_BUSY. Requests, the job runner and hooks all write
// from this one process, so their transactions queue here, in JavaScript, without blocking.
// (Seen as a scheduled job colliding with an API write; the write was answered 201 and lost.)
// Writers in other processes (the importer, other CLIs) are waited for by SQLite's busy timeout,
// which every connection gets (patches/@libsql+client…): see docs/concurrency.md.

type TransactionID = number | string

/** How long a write waits for this process's other writers before giving up with a clear error. */
const QUEUE_TIMEOUT_MS = 30_000

/**
 * How long a statement waits for another process's write lock. libsql waits synchronously: the
 * Next server answers nothing while it waits, so it waits briefly and refuses the write (503,
 * try again) rather than freeze every visitor; a command-line tool has nobody else to serve and
 * waits out the server's and the other tools' writes. `NEXT_RUNTIME` is set only in the server.
 */
export const sqliteBusyTimeoutMs = (): number => (process.env.NEXT_RUNTIME === 'nodejs' ? 3_000 : 30_000)

/** One writer at a time within this process; the others wait their turn without blocking. */
function queueTransactions(adapter: BaseDatabaseAdapter): void {
  let tail: Promise<void> = Promise.resolve()
  const release = new Map<TransactionID, () => void>()
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)

  adapter.beginTransaction = async (options) => {
    let done!: () => void
    const turn = new Promise<void>((resolve) => (done = resolve))
    const previous = tail
    tail = previous.then(() => turn)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DatabaseBusyError(
              `The database stayed busy with other writes for ${QUEUE_TIMEOUT_MS / 1000} s; try again.`,
            ),
          ),
        QUEUE_TIMEOUT_MS,
      )
    })
    try {
      await Promise.race([previous, timeout])
      const id = await begin(options)
      if (id === null) done()
      else release.set(id, done)
      return id
    } catch (error) {
      // Our turn is given up once the writer ahead has finished, so the queue keeps its order.
      void previous.then(done)
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  const ending =
    (end: (id: TransactionID | Promise<TransactionID>) => Promise<void>) =>
    async (id: TransactionID | Promise<TransactionID>) => {
      const settled = id instanceof Promise ? await id : id
      try {
        await end(settled)
      } finally {
        release.get(settled)?.()
        release.delete(settled)
      }
    }
  adapter.commitTransaction = ending(commit)
  adapter.rollbackTransaction = ending(rollback)
}

export function queuedSqliteWriters(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      queueTransactions(adapter)
      return adapter
    },
  }
}
