import path from 'node:path'

import { defineConfig } from 'vitest/config'
import type { TestProjectInlineConfiguration } from 'vitest/config'

const root = import.meta.dirname

// The integration suite runs once per available database. SQLite always runs; PostgreSQL and
// MongoDB run when a server is given, and say in one line why they do not otherwise.
const servers = [
  { adapter: 'postgres', variable: 'TEST_POSTGRES_URL' },
  { adapter: 'mongodb', variable: 'TEST_MONGODB_URL' },
] as const

const integration = (adapter: string): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `int:${adapter}`,
    include: ['tests/int/**/*.test.ts'],
    env: { TEST_ADAPTER: adapter },
    setupFiles: ['tests/int/setup/database.ts'],
    globalSetup: ['tests/int/setup/servers.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})

const available = servers.filter(({ adapter, variable }) => {
  if (process.env[variable]) return true
  // Vitest loads this file several times and in its workers; the notice is shown once.
  const shown = `SUBTEXT_NOTICE_${adapter.toUpperCase()}`
  if (!process.env[shown])
    console.warn(`int:${adapter} skipped: ${variable} is not set, so the integration suite does not run on ${adapter}.`)
  process.env[shown] = '1'
  return false
})

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\//, replacement: `${path.join(root, 'src')}/` },
    ],
  },
  test: {
    reporters: ['default', './tests/reporters/summary.ts'],
    env: { PAYLOAD_SECRET: 'vitest-secret-not-used-outside-tests-0123456789' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('sqlite'),
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          env: { TEST_ADAPTER: 'sqlite' },
          setupFiles: ['tests/int/setup/database.ts'],
          testTimeout: 60_000,
        },
      },
      ...available.map(({ adapter }) => integration(adapter)),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup/server.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
