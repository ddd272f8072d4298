import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import pg from 'pg'

import { startFront } from '../../../deploy/front/front.mjs'
import { sampleFilmFiles } from '../../../src/seed/paths'
import { freePort, productionEnv, ROOT, startProductionServer, type ProductionServer } from './production'

// Several `next start` processes of the one existing build behind no front, the way a load
// balancer would see them: one fresh PostgreSQL database (migrated, the sample films imported),
// one PAYLOAD_SECRET and one Redis, under a key prefix of the cluster's own so that runs (and
// other test files) never share cached pages or counters.
//
// The instances share the build's `.next` folder, but not a page cache through it: the cache
// handler keeps nothing on disk (`isrFlushToDisk: false`), so with REDIS_URL set Redis is the only
// cache they share, and without it each has its own memory.

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

export type ClusterOptions = {
  /** How many app instances (default 2). */
  instances?: number
  /**
   * Added to every instance's environment (and to the migration and import), after the cluster's
   * own: S3 variables, a private REDIS_URL, or REDIS_URL '' for instances that share no Redis.
   */
  env?: Record<string, string | undefined>
  /** Keep each instance's output for the test (ProductionServer.log) rather than showing it. */
  captureLog?: boolean
}

export type Cluster = {
  /** One per instance, in order. */
  baseURLs: string[]
  instances: ProductionServer[]
  /** What every instance shares: DATABASE_URI, PAYLOAD_SECRET, REDIS_URL, REDIS_KEY_PREFIX and the given env. */
  env: NodeJS.ProcessEnv
  /** Starts instance `index` again (after its own stop()), on the same port and environment. */
  restart: (index: number) => Promise<ProductionServer>
  /** Stops every instance, drops the database and deletes the cluster's Redis keys. */
  stop: () => Promise<void>
}

/**
 * A documented command, as production.ts's npmRun, but without blocking this process: an S3 server
 * a test runs in this process (deploy/cluster/s3server.mjs) must answer the import meanwhile.
 */
async function npmRun(env: NodeJS.ProcessEnv, script: string, args: string[] = []): Promise<void> {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`npm run ${script} exited with ${code}`)
}

const databaseURL = (name: string): string => {
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return url.toString()
}

async function onPostgres(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Deletes the keys under `prefix`; a Redis that is not there (or was given as '') has none. */
async function deleteRedisKeys(url: string | undefined, prefix: string): Promise<void> {
  if (!url) return
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    const keys: string[] = []
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch)
    if (keys.length > 0) await client.unlink(keys)
  } catch {
    // Nothing to clean where nothing answers.
  } finally {
    if (client.isOpen) client.destroy()
  }
}

export async function startCluster({
  instances = 2,
  env = {},
  captureLog = false,
}: ClusterOptions = {}): Promise<Cluster> {
  const id = randomBytes(6).toString('hex')
  const database = `subtext_cluster_${id}`
  await onPostgres(`CREATE DATABASE ${database}`)

  const ports = await Promise.all(Array.from({ length: instances }, freePort))
  const shared: NodeJS.ProcessEnv = {
    ...productionEnv(databaseURL(database), ports[0]!),
    REDIS_URL,
    REDIS_KEY_PREFIX: `subtext-test-${id}:`,
    ...env,
  }
  const instanceEnv = (index: number): NodeJS.ProcessEnv => ({
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${ports[index]}`,
    ...shared,
    PORT: String(ports[index]),
  })

  const servers: ProductionServer[] = []
  // A restart still starting when the cluster stops (a test that ran out of time) is awaited, so
  // the instance it starts is stopped too rather than left running.
  const restarting = new Set<Promise<ProductionServer>>()
  const stop = async () => {
    await Promise.allSettled(restarting)
    await Promise.all(servers.map((server) => server.stop()))
    await onPostgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await deleteRedisKeys(shared.REDIS_URL, shared.REDIS_KEY_PREFIX!)
  }
  try {
    await npmRun(shared, 'migrate')
    await npmRun(shared, 'import', sampleFilmFiles())
    // The first instance registers the accounts; the others find them in the shared database.
    for (let index = 0; index < instances; index++)
      servers.push(await startProductionServer(instanceEnv(index), { captureLog, register: index === 0 }))
  } catch (error) {
    await stop()
    throw error
  }

  return {
    baseURLs: servers.map((server) => server.baseURL),
    instances: servers,
    env: shared,
    restart: async (index) => {
      const starting = startProductionServer(instanceEnv(index), { captureLog, register: false })
      restarting.add(starting)
      try {
        return (servers[index] = await starting)
      } finally {
        restarting.delete(starting)
      }
    },
    stop,
  }
}

export type ClusterFront = {
  url: string
  /** What nginx wrote to its error log: one line per request an instance failed. */
  log: () => string
  stop: () => Promise<void>
}

/** The shipped caching front (deploy/front) balancing over every instance of `cluster`, as docs/deploy.md runs it. */
export async function startClusterFront(cluster: Cluster): Promise<ClusterFront> {
  // Directly in the temporary directory: nginx's workers must reach it (see startFront).
  const stateDir = mkdtempSync(path.join(tmpdir(), 'subtext-e2e-cluster-front-'))
  try {
    const front = await startFront({
      upstream: cluster.baseURLs,
      port: await freePort(),
      stateDir,
      secret: cluster.env.PAYLOAD_SECRET!,
    })
    return {
      url: front.url,
      log: front.log,
      stop: async () => {
        await front.stop()
        rmSync(stateDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    rmSync(stateDir, { recursive: true, force: true })
    throw error
  }
}
