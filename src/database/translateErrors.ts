import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { asAdapterRefusal } from './refusals'
import { DatabaseUnavailableError, noteUnreachableFor } from './unavailable'

// Payload lets its adapter's errors through unchanged, and drivers name a busy database each in
// their own way (and drizzle wraps them in "Failed query" errors): every adapter method's error
// that stands for a refusal is replaced here by the one error Payload's routes and the CLIs
// understand (a DatabaseBusyError or DatabaseUnavailableError, status 503, or a
// WriteConflictError, 409).

// An unreachable database is also noted on the request the method was called for (its `req`
// argument): Payload takes a session it could not check for no session (src/api/unavailableResponses.ts).
function translated(error: unknown, args: unknown[]): unknown {
  const refusal = asAdapterRefusal(error)
  if (refusal instanceof DatabaseUnavailableError) noteUnreachableFor((args[0] as { req?: unknown } | undefined)?.req)
  return refusal ?? error
}

function translateErrors(adapter: BaseDatabaseAdapter): void {
  const methods = adapter as unknown as Record<string, unknown>
  for (const [name, method] of Object.entries(methods)) {
    if (typeof method !== 'function') continue
    methods[name] = function (this: unknown, ...args: unknown[]) {
      let result: unknown
      try {
        result = method.apply(this, args)
      } catch (error) {
        throw translated(error, args)
      }
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            throw translated(error, args)
          })
        : result
    }
  }
}

export function translateDatabaseErrors(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      translateErrors(adapter)
      return adapter
    },
  }
}
