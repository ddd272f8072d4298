import type { DatabaseAdapterObj } from 'payload'
import type { Pool, PoolConfig } from 'pg'

// PostgreSQL's pool made to survive the server going away (a restart, a failover, a cut network).
// Out of the box an idle connection the server drops makes the pool emit 'error' with nobody
// listening, which ends the process, and a connect to a server that does not answer waits for
// ever. Here a connect is given up on after CONNECT_TIMEOUT_MS (the request then answers 503:
// src/database/unavailable.ts), broken connections are said once per outage (each request they
// fail is one more line: src/database/refusals.ts), and the pool connects again by itself once
// the server is back.

/** How long a request waits for a connection (a new one, or a free one from the pool). */
export const CONNECT_TIMEOUT_MS = 5_000

/** Added to the adapter's pool options. */
export const resilientPoolOptions = {
  connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  keepAlive: true,
} satisfies PoolConfig

type Log = Pick<Console, 'warn' | 'info'>

/** Says "unreachable" once when connections break and "back" once a connection is made again. */
function reportOutages(pool: Pool, log: Log): void {
  let down = false
  // An idle connection that broke: the pool has already dropped it and opens a new one when next
  // asked; a request that was using one fails with the driver's error.
  pool.on('error', (error) => {
    if (down) return
    down = true
    log.warn(`PostgreSQL is unreachable (${error.message}): requests that need it answer 503 until it is back.`)
  })
  pool.on('connect', () => {
    if (!down) return
    down = false
    log.info('PostgreSQL is back.')
  })
}

/** The adapter's pool, once its connect() made it, reports outages instead of ending the process. */
export function withPoolOutageReporting(adapterObj: DatabaseAdapterObj, log: Log = console): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & { pool?: Pool }
      const connect = adapter.connect?.bind(adapter)
      if (!connect) return adapter
      let reporting: Pool | undefined
      adapter.connect = async (options) => {
        await connect(options)
        if (adapter.pool && adapter.pool !== reporting) reportOutages((reporting = adapter.pool), log)
      }
      return adapter
    },
  }
}
