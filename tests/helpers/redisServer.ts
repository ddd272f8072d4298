import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'

import { freePort } from '../e2e/setup/production'

// A Redis server of a test's own, on a free loopback port, that the test may stop and start again
// to see the site without it: the machine's Redis (6379) is shared and is never stopped. It keeps
// its data across a stop (saved on shutdown, loaded on start), like a server that was only cut off.

export type PrivateRedis = {
  url: string
  /** Stops the server, its data saved first. */
  stop: () => Promise<void>
  /** Starts it again on the same port. */
  start: () => Promise<void>
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'subtext-redis-'))
  let server: ChildProcess | undefined
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '3600 1', '--appendonly', 'no'],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
      server = child
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) resolve()
      })
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)))
    })
  const url = `redis://127.0.0.1:${port}`
  // Saved, then killed: a clean shutdown would save while still accepting connections, and a
  // client could come back for a moment before the server is gone.
  const stop = async () => {
    const child = server
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const client = createClient({ url })
    await client.connect()
    await client.sendCommand(['SAVE'])
    client.destroy()
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  await start()
  return { url, stop, start }
}
