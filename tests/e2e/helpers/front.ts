import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startFront } from '../../../deploy/front/front.mjs'
import { sampleFilmFiles } from '../../../src/seed/paths'
import { accounts, freePort, npmRun, productionEnv, startProductionServer, type Role } from '../setup/production'

// The app and its caching front, as `npm run start:front` runs them, for a test of its own: the
// shared build on a fresh SQLite database with the sample films, `next start` with
// FRONT_PURGE_URL pointing at the front, and the front in front of it.

export type AppWithFront = {
  /** The front, where visitors go. */
  frontURL: string
  /** The app itself, without the front. */
  appURL: string
  secret: string
  /** What a command-line tool needs to write to the app's database and reach the app. */
  cliEnv: NodeJS.ProcessEnv
  appLog: () => string
  stop: () => Promise<void>
}

export async function startAppWithFront(): Promise<AppWithFront> {
  const work = mkdtempSync(path.join(tmpdir(), 'subtext-e2e-front-'))
  const frontPort = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...productionEnv(`file:${path.join(work, 'front.db')}`, await freePort()),
    FRONT_PURGE_URL: `http://127.0.0.1:${frontPort}`,
    TRUSTED_PROXY_HOPS: '1',
  }
  npmRun(env, 'migrate')
  npmRun(env, 'import', sampleFilmFiles())
  const app = await startProductionServer(env, { captureLog: true })
  // Apart from the database's directory: nginx's workers must reach it (see startFront).
  const stateDir = mkdtempSync(path.join(tmpdir(), 'subtext-e2e-front-state-'))
  const stopApp = async () => {
    await app.stop()
    for (const dir of [work, stateDir]) rmSync(dir, { recursive: true, force: true })
  }
  try {
    const front = await startFront({
      upstream: app.baseURL,
      port: frontPort,
      stateDir,
      secret: env.PAYLOAD_SECRET!,
    })
    return {
      frontURL: front.url,
      appURL: app.baseURL,
      secret: env.PAYLOAD_SECRET!,
      cliEnv: { ...env, NEXT_PUBLIC_SERVER_URL: app.baseURL },
      appLog: app.log,
      stop: async () => {
        await front.stop()
        await stopApp()
      },
    }
  } catch (error) {
    await stopApp()
    throw error
  }
}

/** Signs in through `baseURL`: the session's token and its cookie. */
export async function signIn(baseURL: string, role: Role): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(accounts[role]),
  })
  const { token } = (await response.json()) as { token?: string }
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  if (!token || !cookie) throw new Error(`signing in as ${role} answered ${response.status}`)
  return { token, cookie: cookie.split(';')[0]! }
}
