import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ROOT, startApp } from '../lib/app.mjs'
import { startFront, upstreamsFrom } from './front.mjs'

// `npm run start:front`: the production app and its caching front on loopback ports, with the
// sample films. Builds when there is no build, migrates the database and imports the sample films
// (into a fresh SQLite database unless DATABASE_URI names one), starts `next start` with
// FRONT_PURGE_URL pointing at the front, starts the front, prints both addresses, and stops both
// on Ctrl-C. docs/front.md describes it.

const SAMPLE_FILMS = path.join(ROOT, 'src/seed/films')

const appPort = Number(process.env.APP_PORT || 3000)
const frontPort = Number(process.env.FRONT_PORT || 8080)
const frontURL = `http://127.0.0.1:${frontPort}`
const work = mkdtempSync(path.join(tmpdir(), 'subtext-front-'))
const given = Boolean(process.env.DATABASE_URI)

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: process.env.DATABASE_URI || `file:${path.join(work, 'subtext.db')}`,
  // A secret made for this run signs nothing that outlives it (sessions end with the run).
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
  PORT: String(appPort),
  NEXT_PUBLIC_SERVER_URL: process.env.NEXT_PUBLIC_SERVER_URL || frontURL,
  FRONT_PURGE_URL: frontURL,
  // Every visitor comes through the front: the app believes its X-Forwarded-For (rate limits).
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || '1',
}

/** @param {string} script @param {string[]} args */
const npmRun = (script, args = []) =>
  execFileSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env, stdio: 'inherit' })

if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) npmRun('build')
npmRun('migrate')
npmRun(
  'import',
  readdirSync(SAMPLE_FILMS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(SAMPLE_FILMS, name)),
)

/** @type {Awaited<ReturnType<typeof startApp>> | undefined} */
let app
/** @type {Awaited<ReturnType<typeof startFront>> | undefined} */
let front
let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  await front?.stop()
  await app?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())

try {
  app = await startApp({ port: appPort, env })
  void app.exited.then(() => {
    if (!stopping) {
      console.error('next start exited; stopping the front.')
      void stop(1)
    }
  })
  front = await startFront({
    // SUBTEXT_UPSTREAMS adds the instances this command does not start (docs/deploy.md).
    upstream: upstreamsFrom(process.env.SUBTEXT_UPSTREAMS, app.url),
    port: frontPort,
    // Not inside `work`, which holds the database: nginx's workers must reach it (see startFront).
    stateDir: process.env.FRONT_STATE_DIR || mkdtempSync(path.join(tmpdir(), 'subtext-front-state-')),
    secret: env.PAYLOAD_SECRET,
  })
  process.stderr.write(front.log())
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error))
  await stop(1)
}

console.log(`
Subtext behind its caching front (${given ? 'DATABASE_URI as given' : `a fresh SQLite database in ${work}`}):
  site, through the front   ${frontURL}
  app, without the front    ${app?.url}
  admin                     ${frontURL}/admin
Ctrl-C stops both.`)
