import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ROOT } from '../lib/app.mjs'
import { startCluster } from './cluster.mjs'

// `npm run cluster`: the several-instance topology of docs/deploy.md on this machine's loopback
// ports. Two app instances share one PostgreSQL database, Redis (page cache, revalidation, rate
// limits), an S3-compatible bucket (s3rver) for media, and one caching front that balances over
// both. The first run creates and migrates the database and imports the sample films; later runs
// keep what was written (database, bucket and secret under data/cluster/). Builds once if there is
// no build. Ctrl-C stops everything it started.

const STATE = path.join(ROOT, 'data/cluster')
const firstPort = Number(process.env.APP_PORT || 3001)
const frontPort = Number(process.env.FRONT_PORT || 8080)
mkdirSync(STATE, { recursive: true })

/** One secret for every instance and every run: sessions and the front's token hold across both. */
function sharedSecret() {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(STATE, 'secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

if (!existsSync(path.join(ROOT, '.next/BUILD_ID')))
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' })

/** @type {Awaited<ReturnType<typeof startCluster>> | undefined} */
let cluster
let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  await cluster?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

try {
  cluster = await startCluster({
    postgres: process.env.CLUSTER_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    database: process.env.CLUSTER_DATABASE || 'subtext_cluster',
    redisURL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    appPorts: [firstPort, firstPort + 1],
    frontPort,
    // nginx's workers must reach it (see startFront), so not under data/.
    frontStateDir: process.env.FRONT_STATE_DIR || path.join(tmpdir(), `subtext-cluster-front-${frontPort}`),
    s3Directory: path.join(STATE, 's3'),
    secret: sharedSecret(),
    onExit: (url) => {
      console.error(`the instance at ${url} exited; stopping the cluster.`)
      void stop(1)
    },
  })
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error))
  await stop(1)
}

const { created, frontURL, databaseURI, apps, s3 } = cluster
console.log(`
Subtext as a cluster (${created ? 'a new database, with the sample films' : 'the database of the last run'}):
  site, through the front   ${frontURL}
  admin                     ${frontURL}/admin
  instances                 ${apps.map((app) => app.url).join(', ')}
  PostgreSQL                ${databaseURI}
  Redis                     ${process.env.REDIS_URL || 'redis://127.0.0.1:6379'}
  S3 (s3rver)               ${s3.endpoint}, bucket ${s3.bucket}, objects in ${s3.directory}
Ctrl-C stops all of them (PostgreSQL and Redis are the machine's and keep running).`)
