import type { TestProject } from 'vitest/node'

import { dropTestDatabases } from './postgres'

// Runs once per integration project: PostgreSQL test databases are dropped when it ends.
export default function setup(project: TestProject): () => Promise<void> {
  return async () => {
    const server = process.env.TEST_POSTGRES_URL
    if (project.name === 'int:postgres' && server) await dropTestDatabases(server)
  }
}
