import type { Payload, PayloadRequest } from 'payload'

/** What the search engines use of the SQL adapters: the Drizzle instance and open transactions. */
type DrizzleAdapter<Db> = { drizzle: Db; sessions?: Record<string, { db: Db } | undefined> }

/**
 * The Drizzle handle of `req`'s transaction, or the adapter's own outside one. `@payloadcms/drizzle`
 * does the same in its `getTransaction`, which its package does not export.
 */
export async function drizzleOf<Db>(payload: Payload, req?: PayloadRequest): Promise<Db> {
  const adapter = payload.db as unknown as DrizzleAdapter<Db>
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}
