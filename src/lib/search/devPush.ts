import { sql } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

// Payload pushes a development schema with drizzle-kit, which drops every table the collections
// do not declare: it would ask, at each `npm run dev`, to delete the full-text index (FTS5's
// shadow tables on SQLite, `search_fts` on PostgreSQL), and a non-interactive start would stop.
// The index is derived from the `search` rows, so it is dropped just before such a push, and the
// search plugin's onInit creates and fills it again (src/config/search.ts). Production never
// pushes: there the migrations create it. The SQLite adapter has no `tablesFilter` (the
// PostgreSQL one has) and drizzle-kit's SQLite push takes none, so this is the one way for both.

type Kit = { pushSchema: (schema: unknown, drizzle: Drizzle, ...rest: unknown[]) => Promise<unknown> }
type Drizzle = { run?: (query: unknown) => Promise<unknown>; execute?: (query: unknown) => Promise<unknown> }
type SqlAdapter = { requireDrizzleKit?: () => Kit }

const dropIndex = async (drizzle: Drizzle) => {
  const drop = sql`DROP TABLE IF EXISTS search_fts`
  await (drizzle.run ? drizzle.run(drop) : drizzle.execute!(drop))
}

/** The database adapter, with its development push leaving the full-text index to onInit. */
export function withDerivedIndexOutsidePush(db: Config['db']): Config['db'] {
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args)
      const sqlAdapter = adapter as unknown as SqlAdapter
      const requireKit = sqlAdapter.requireDrizzleKit
      if (requireKit)
        sqlAdapter.requireDrizzleKit = () => {
          const kit = requireKit()
          return {
            ...kit,
            pushSchema: async (schema, drizzle, ...rest) => {
              await dropIndex(drizzle)
              return kit.pushSchema(schema, drizzle, ...rest)
            },
          }
        }
      return adapter
    },
  }
}
