import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'
import pg, { type ClientConfig, type Pool, type PoolConfig } from 'pg'

// PostgreSQL's pool made to survive the server going away (a restart, a failover, a cut network)
// and to wait out a busy moment. Out of the box an idle connection the server drops makes the pool
// emit 'error' with nobody listening, which ends the process, and a connect to a server that does
// not answer waits for ever. Here a connect is given up on after CONNECT_TIMEOUT_MS (the request
// then answers 503: src/database/unavailable.ts), broken connections are said once per outage
// (each request they fail is one more line: src/database/refusals.ts), and the pool connects
// again by itself once the server is back.

/** How long a connect to the server may take: longer, and the server is taken to be out of reach. */
export const CONNECT_TIMEOUT_MS = 5_000

/**
 * How long a request waits for a pooled connection while every one is in use: the server is
 * there, busy with other requests' transactions (writers and importers at once), and one is free
 * as soon as any of them ends. node-postgres bounds this wait and a connect with one option, so a
 * request that waited 5 s for its turn failed as if the server were gone (an editor's session
 * check that failed so made the request an anonymous one: 403). 30 s keeps a request's answer,
 * waited for and then served, within the 60 s an HTTP front waits for one (nginx's
 * proxy_read_timeout, left at its default in deploy/front), so the client gets the app's 503 with
 * Retry-After rather than the front's 504; and it is what MongoDB's driver waits for a server.
 * When the server goes away the connections in use break with it and the waiting requests each
 * try a connect of their own, so they still fail within CONNECT_TIMEOUT_MS (only a network that
 * drops packets without a reset leaves them waiting this long).
 */
export const POOL_WAIT_TIMEOUT_MS = 30_000

/**
 * The pool gives each client its own options, pool wait included; a client's connect gets the
 * shorter bound (node-postgres's Client enforces it; the pool's own connect timer, at the wait's
 * bound, never fires first).
 */
class BoundedConnectClient extends pg.Client {
  constructor(config?: ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  }
}

/** Added to the adapter's pool options. */
export const resilientPoolOptions = {
  connectionTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
  // Cast: the adapter's own copy of @types/pg (8.20) and ours (8.23) each type this option with a
  // client the other's does not accept (events and methods added since). The pool only constructs
  // it and uses what both declare.
  Client: BoundedConnectClient as unknown as PoolConfig['Client'] & PostgresAdapterArgs['pool']['Client'],
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
