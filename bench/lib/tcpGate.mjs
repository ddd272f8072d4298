import { fork } from 'node:child_process'
import { connect, createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

// A TCP gate between the app and a server it depends on (PostgreSQL in the outage test and
// bench), which is closed to show the app the server going away and opened to bring it back.
// Closed, it looks as a restarting server does to its clients: every open connection is reset and
// new ones are refused (nothing listens on the port). The machine's PostgreSQL is shared and is
// never restarted.

/**
 * @typedef {{
 *   port: number,
 *   close: () => Promise<void>,
 *   open: () => Promise<void>,
 * }} TcpGate `port`: where clients connect instead of the server (loopback). `close()` resets every
 *   open connection and refuses new ones until `open()`, which listens again on the same port.
 */

/**
 * @param {{ host: string, port: number }} target
 * @returns {Promise<TcpGate>}
 */
export async function startTcpGate(target) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** @param {import('node:net').Socket} socket */
  const track = (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    // A reset connection errors on both sides; the gate only passes it on.
    socket.on('error', () => {})
  }
  /** @param {import('node:net').Socket} client */
  const forward = (client) => {
    const upstream = connect(target)
    track(client)
    track(upstream)
    client.pipe(upstream).pipe(client)
    // Either side going away takes the other with it (an orderly end is passed on by pipe()).
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
  }

  /** @type {import('node:net').Server | undefined} */
  let server
  let port = 0
  /** @returns {Promise<void>} */
  const open = () =>
    new Promise((resolve, reject) => {
      if (server) return resolve()
      const listening = createServer(forward)
      listening.once('error', reject)
      listening.listen(port, '127.0.0.1', () => {
        const address = listening.address()
        if (typeof address === 'object' && address) port = address.port
        server = listening
        resolve()
      })
    })
  const close = async () => {
    const closing = server
    server = undefined
    if (!closing) return
    const closed = new Promise((resolve) => closing.close(resolve))
    for (const socket of sockets) socket.resetAndDestroy()
    await closed
  }

  await open()
  return { port, open, close }
}

/**
 * startTcpGate in a child process, for a caller that blocks its own event loop meanwhile (a
 * synchronous `npm run migrate` whose connections go through the gate would wait on itself).
 * @param {{ host: string, port: number }} target
 * @returns {Promise<TcpGate & { stop: () => void }>}
 */
export async function startTcpGateProcess(target) {
  const child = fork(fileURLToPath(new URL('./tcpGateProcess.mjs', import.meta.url)), [
    target.host,
    String(target.port),
  ])
  /** @param {unknown} expected */
  const reply = (expected) =>
    new Promise((resolve, reject) => {
      child.once('exit', reject)
      child.once('message', (message) => {
        child.off('exit', reject)
        resolve(expected ?? message)
      })
    })
  const { port } = /** @type {{ port: number }} */ (await reply(undefined))
  /** @param {'close' | 'open'} command */
  const tell = async (command) => {
    const done = reply(command)
    child.send(command)
    await done
  }
  return { port, close: () => tell('close'), open: () => tell('open'), stop: () => void child.kill() }
}
