import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { startFront } from '../front/front.mjs'
import { ROOT, startApp } from '../lib/app.mjs'
import { startS3Server } from './s3server.mjs'

// The several-instance topology of docs/deploy.md on loopback ports: N app instances sharing one
// PostgreSQL database, Redis, an S3-compatible bucket (s3rver) and one caching front balancing
// over them. Used by `npm run cluster` (start.mjs) and the failure benchmark (bench/cluster-failure.mjs).

const SAMPLE_FILMS = path.join(ROOT, 'src/seed/films')

/**
 * Creates the database when it does not exist; says whether it did.
 * @param {string} server a PostgreSQL URL of the server (any database on it)
 * @param {string} database
 */
async function ensureDatabase(server, database) {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (rowCount) return false
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    return true
  } finally {
    await client.end()
  }
}

/**
 * Starts the cluster. A new database is migrated and gets the sample films; an existing one is
 * migrated. `onExit` is called if an instance ends by itself. `stop()` ends what this started.
 * @param {{ postgres: string, database: string, redisURL: string, appPorts: number[], frontPort: number,
 *   frontStateDir: string, s3Directory?: string, secret: string,
 *   onExit?: (url: string) => void }} options
 */
export async function startCluster(options) {
  const databaseURL = new URL(options.postgres)
  databaseURL.pathname = `/${options.database}`
  const databaseURI = databaseURL.toString()
  const frontURL = `http://127.0.0.1:${options.frontPort}`
  const created = await ensureDatabase(options.postgres, options.database)
  const s3 = await startS3Server({ directory: options.s3Directory })
  /** @type {Awaited<ReturnType<typeof startApp>>[]} */
  const apps = []
  /** @type {Awaited<ReturnType<typeof startFront>> | undefined} */
  let front
  let stopping = false
  const stop = async () => {
    stopping = true
    await front?.stop()
    await Promise.all(apps.map((app) => app.stop()))
    await s3.stop()
  }
  const env = {
    ...process.env,
    ...s3.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: databaseURI,
    PAYLOAD_SECRET: options.secret,
    REDIS_URL: options.redisURL,
    NEXT_PUBLIC_SERVER_URL: process.env.NEXT_PUBLIC_SERVER_URL || frontURL,
    FRONT_PURGE_URL: frontURL,
    // Every visitor comes through the front: the instances believe its X-Forwarded-For (rate limits).
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || '1',
  }
  // Not execFileSync: the S3 server runs in this process, and the importer uploads posters to it,
  // so blocking this process's event loop while the importer runs would deadlock both.
  /** @param {string} script @param {string[]} args @returns {Promise<void>} */
  const npmRun = (script, args = []) =>
    new Promise((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env, stdio: 'inherit' })
      child.once('error', reject)
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`npm run ${script} exited with ${code ?? 'a signal'}`)),
      )
    })
  try {
    await npmRun('migrate')
    if (created)
      await npmRun(
        'import',
        readdirSync(SAMPLE_FILMS)
          .filter((name) => name.endsWith('.txt'))
          .map((name) => path.join(SAMPLE_FILMS, name)),
      )
    for (const port of options.appPorts) {
      const app = await startApp({ port, env })
      apps.push(app)
      void app.exited.then(() => {
        if (!stopping) options.onExit?.(app.url)
      })
    }
    front = await startFront({
      upstream: apps.map((app) => app.url),
      port: options.frontPort,
      stateDir: options.frontStateDir,
      secret: options.secret,
    })
  } catch (error) {
    await stop()
    throw error
  }
  return { created, frontURL, databaseURI, apps, s3, stop }
}
