import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { asAdapterRefusal } from './refusals'

// Payload lets its adapter's errors through unchanged, and drivers name a busy database each in
// their own way (and drizzle wraps them in "Failed query" errors): every adapter method's error
// that stands for a refusal is replaced here by the one error Payload's routes and the CLIs
// understand (a DatabaseBusyError or DatabaseUnavailableError, status 503, or a
// WriteConflictError, 409).

// A session whose user could not be read this way is not taken for no session
// (patches/payload+3.90.1.patch): the request answers the refusal's 503.
const translated = (error: unknown): unknown => asAdapterRefusal(error) ?? error

function translateErrors(adapter: BaseDatabaseAdapter): void {
  const methods = adapter as unknown as Record<string, unknown>
  for (const [name, method] of Object.entries(methods)) {
    if (typeof method !== 'function') continue
    methods[name] = function (this: unknown, ...args: unknown[]) {
      let result: unknown
      try {
        result = method.apply(this, args)
      } catch (error) {
        throw translated(error)
      }
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            throw translated(error)
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
