import { spawn } from 'node:child_process'

/**
 * Another process takes the write lock of the SQLite database at `url` and holds it for `ms`.
 * Resolves once it holds the lock, with a promise of its release (wrapped: a promise resolved
 * with a promise would wait for the release itself).
 */
export function holdLockElsewhere(url: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const { createClient } = require('@libsql/client')
    const c = createClient({ url: ${JSON.stringify(url)} })
    c.execute('BEGIN IMMEDIATE').then(() => { console.log('locked'); setTimeout(() => c.execute('COMMIT').then(() => process.exit(0)), ${ms}) })`
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  const released = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ released })))
}
