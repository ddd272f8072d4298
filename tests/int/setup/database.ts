import { tmpdir } from 'node:os'
import path from 'node:path'

import { createDatabase, testDatabaseName } from './postgres'

// Each integration test file gets a database of its own, on the adapter its project names,
// before it imports the Payload config (which reads DATABASE_URI).
const name = testDatabaseName()

switch (process.env.TEST_ADAPTER) {
  case 'sqlite':
    process.env.DATABASE_URI = `file:${path.join(tmpdir(), `${name}.db`)}`
    break
  case 'postgres':
    process.env.DATABASE_URI = await createDatabase(process.env.TEST_POSTGRES_URL!, name)
    break
  case 'mongodb': {
    const url = new URL(process.env.TEST_MONGODB_URL!)
    url.pathname = `/${name}`
    process.env.DATABASE_URI = url.toString()
    break
  }
  default:
    throw new Error(`TEST_ADAPTER must be sqlite, postgres or mongodb; got ${process.env.TEST_ADAPTER}`)
}
