import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startFront } from '../front/front.mjs'
import { ROOT, startApp } from '../lib/app.mjs'
import { startS3Server } from './s3server.mjs'

// `npm run cluster`: the several-instance topology of docs/deploy.md on this machine's loopback
// ports. Two app instances share one PostgreSQL database, Redis (page cache, revalidation, rate
// limits), an S3-compatible bucket (s3rver) for media, and one caching front that balances over
// both. The first run creates and migrates the database and imports the sample films; later runs
// keep what was written (database, bucket and secret under data/cluster/). Builds once if there is
// no build. Ctrl-C stops everything it started.

const POSTGRES = process.env.CLUSTER_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const DATABASE = process.env.CLUSTER_DATABASE || 'subtext_cluster'
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const APP_PORTS = [Number(process.env.APP_PORT || 3001), Number(process.env.APP_PORT || 3001) + 1]
const FRONT_PORT = Number(process.env.FRONT_PORT || 8080)
const STATE = path.join(ROOT, 'data/cluster')
const SAMPLE_FILMS = path.join(ROOT, 'src/seed/films')

mkdirSync(STATE, { recursive: true })

/** One secret for every instance and every run: sessions and the front's token hold across both. */
function sharedSecret() {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(STATE, 'secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

/** Creates the database when it does not exist; says whether it did. */
async function ensureDatabase() {
  const client = new pg.Client({ connectionString: POSTGRES })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])
    if (rowCount) return false
    await client.query(`CREATE DATABASE "${DATABASE.replace(/"/g, '""')}"`)
    return true
  } finally {
    await client.end()
  }
}

const databaseURL = new URL(POSTGRES)
databaseURL.pathname = `/${DATABASE}`
const frontURL = `http://127.0.0.1:${FRONT_PORT}`
const created = await ensureDatabase()
const s3 = await startS3Server({ directory: path.join(STATE, 's3') })

const env = {
  ...process.env,
  ...s3.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: databaseURL.toString(),
  PAYLOAD_SECRET: sharedSecret(),
  REDIS_URL,
  NEXT_PUBLIC_SERVER_URL: process.env.NEXT_PUBLIC_SERVER_URL || frontURL,
  FRONT_PURGE_URL: frontURL,
  // Every visitor comes through the front: the instances believe its X-Forwarded-For (rate limits).
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || '1',
}

/** @param {string} script @param {string[]} args */
const npmRun = (script, args = []) =>
  execFileSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env, stdio: 'inherit' })

/** @type {Awaited<ReturnType<typeof startApp>>[]} */
const apps = []
/** @type {Awaited<ReturnType<typeof startFront>> | undefined} */
let front
let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  await front?.stop()
  await Promise.all(apps.map((app) => app.stop()))
  await s3.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

try {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) npmRun('build')
  npmRun('migrate')
  if (created)
    npmRun(
      'import',
      readdirSync(SAMPLE_FILMS)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => path.join(SAMPLE_FILMS, name)),
    )
  for (const port of APP_PORTS) {
    const app = await startApp({ port, env })
    apps.push(app)
    void app.exited.then(() => {
      if (!stopping) {
        console.error(`the instance at ${app.url} exited; stopping the cluster.`)
        void stop(1)
      }
    })
  }
  front = await startFront({
    upstream: apps.map((app) => app.url),
    port: FRONT_PORT,
    // nginx's workers must reach it (see startFront), so not under data/.
    stateDir: process.env.FRONT_STATE_DIR || path.join(tmpdir(), `subtext-cluster-front-${FRONT_PORT}`),
    secret: env.PAYLOAD_SECRET,
  })
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error))
  await stop(1)
}

console.log(`
Subtext as a cluster (${created ? 'a new database, with the sample films' : 'the database of the last run'}):
  site, through the front   ${frontURL}
  admin                     ${frontURL}/admin
  instances                 ${apps.map((app) => app.url).join(', ')}
  PostgreSQL                ${databaseURL.toString()}
  Redis                     ${REDIS_URL}
  S3 (s3rver)               ${s3.endpoint}, bucket ${s3.bucket}, objects in ${path.join(STATE, 's3')}
Ctrl-C stops all of them (PostgreSQL and Redis are the machine's and keep running).`)
