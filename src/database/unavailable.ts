// A database that cannot be reached (stopped, restarting, refusing connections, cut off) fails
// every request that needs it; the request is answered 503 with Retry-After, as a busy database's
// is, and the client tries again. Each driver says "unreachable" in its own words: recognised here
// for every adapter, from the error or any error it wraps (src/database/refusals.ts walks them).

export class DatabaseUnavailableError extends Error {
  // Set by hand: class names do not survive the production bundle's minifier.
  override name = 'DatabaseUnavailableError'
  status = 503
}

export const UNAVAILABLE_MESSAGE = 'The database cannot be reached right now. Try again in a moment.'

/** The connection could not be made, or was lost (Node's socket errors, any driver). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
])

/**
 * PostgreSQL: class 08 (connection exception), 57P01-57P03 (the server is shutting down, crashed,
 * or is starting and not yet accepting connections) and 53300 (too many connections).
 */
const isPostgresUnavailable = (code: string): boolean =>
  /^08/.test(code) || /^57P0[123]$/.test(code) || code === '53300'

/**
 * node-postgres and its pool say a lost or slow connection in words only: "timeout expired" is a
 * client's own connect timeout (src/database/postgresPool.ts), "timeout exceeded when trying to
 * connect" the pool's wait for a connection.
 */
const PG_MESSAGES =
  /^(Connection terminated unexpectedly|Connection terminated due to connection timeout|timeout expired|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Query read timeout)$/

/**
 * MongoDB's driver (and Mongoose's wrapper of its server selection error): no server could be
 * selected or the connection broke. Mongoose's own "buffering timed out" is its wait for a
 * connection that never came.
 */
const MONGO_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
])
const MONGOOSE_MESSAGE = /buffering timed out after \d+ms/

type Described = { code?: unknown; name?: unknown; message?: unknown }

/** The 503 an error from a database driver stands for when it says the database is out of reach, or null. */
export function unavailableOf({ code, name, message }: Described): DatabaseUnavailableError | null {
  const unreachable =
    (typeof code === 'string' && (SOCKET_CODES.has(code) || isPostgresUnavailable(code))) ||
    (typeof name === 'string' && MONGO_NAMES.has(name)) ||
    (typeof message === 'string' && (PG_MESSAGES.test(message) || MONGOOSE_MESSAGE.test(message)))
  return unreachable ? new DatabaseUnavailableError(UNAVAILABLE_MESSAGE) : null
}
