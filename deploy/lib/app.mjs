import { spawn } from 'node:child_process'
import path from 'node:path'

// One `next start` instance of the production app on a loopback port, for `npm run start:front`
// and `npm run cluster`.

export const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * Starts the app on 127.0.0.1:`port` with `env`, and resolves once it answers.
 * `stop()` ends it (its own process group: `next start` leaves a next-server child); `exited`
 * resolves when it ends, whoever ended it.
 * @param {{ port: number, env: NodeJS.ProcessEnv }} options
 */
export async function startApp({ port, env }) {
  const app = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: 'inherit',
    detached: true,
  })
  const exited = new Promise((resolve) => app.once('exit', resolve))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (app.exitCode === null && app.signalCode === null && app.pid) {
      process.kill(-app.pid, 'SIGTERM')
      await exited
    }
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (app.exitCode !== null) throw new Error(`the app on port ${port} exited with ${app.exitCode}`)
    const up = await fetch(`${url}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the app at ${url} did not answer within 60 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { url, stop, exited }
}
