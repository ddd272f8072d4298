import type { Payload } from 'payload'

import type { SearchEngine } from './engine'
import { mongoSearch } from './mongodb'
import { postgresSearch } from './postgres'
import { sqliteSearch } from './sqlite'

// The one place that picks the full-text engine, by the adapter Payload was started with.
const ENGINES: Record<string, SearchEngine> = { sqlite: sqliteSearch, postgres: postgresSearch, mongoose: mongoSearch }

export function searchEngine(payload: Payload): SearchEngine {
  const engine = ENGINES[payload.db.name]
  if (!engine) throw new Error(`No full-text search for the database adapter "${payload.db.name}"`)
  return engine
}
