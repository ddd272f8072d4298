import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

// Payload has no hook that runs once a write is committed: afterChange and afterOperation run
// inside the operation's transaction. Expiring cached pages from there lets a visitor's request,
// between the expiry and the commit, cache the old content again (in Next's cache and at the
// caching front) until the next change. Work that must follow the commit registers here; the
// adapter's commit runs it, and a rollback drops it.

type TransactionID = number | string
type Callback = () => Promise<void>

const registered = new WeakMap<object, Map<TransactionID, Callback[]>>()

function runAfterCommit(adapter: BaseDatabaseAdapter): void {
  const due = new Map<TransactionID, Callback[]>()
  registered.set(adapter, due)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const take = async (id: TransactionID | Promise<TransactionID>): Promise<Callback[]> => {
    const settled = await id
    const callbacks = due.get(settled) ?? []
    due.delete(settled)
    return callbacks
  }
  adapter.commitTransaction = async (id) => {
    await commit(id)
    for (const callback of await take(id)) {
      // The write is in: what follows it may fail loudly, but never undo the answer to the write.
      await callback().catch((error: unknown) => console.error('after a commit:', error))
    }
  }
  adapter.rollbackTransaction = async (id) => {
    await take(id)
    await rollback(id)
  }
}

/** The adapter, with afterCommit() callbacks run when its transactions commit. Outermost wrapper. */
export function withAfterCommit(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      runAfterCommit(adapter)
      return adapter
    },
  }
}

/**
 * Runs `callback` once the transaction `req` is writing in has committed; at once when it writes
 * outside a transaction (an adapter without them, MongoDB without a replica set), since the
 * write is then already made.
 */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const id = await req.transactionID
  const due = registered.get(req.payload.db)
  if (id === undefined || id === null || !due) return callback()
  due.set(id, [...(due.get(id) ?? []), callback])
}
