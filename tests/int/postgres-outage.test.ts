import { createServer, type AddressInfo, type Socket } from 'node:net'

import type { Pool } from 'pg'
import pg from 'pg'
import type { DatabaseAdapterObj } from 'payload'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { startTcpGate } from '../../bench/lib/tcpGate.mjs'
import {
  CONNECT_TIMEOUT_MS,
  POOL_WAIT_TIMEOUT_MS,
  resilientPoolOptions,
  withPoolOutageReporting,
} from '../../src/database/postgresPool'
import { asAdapterRefusal } from '../../src/database/refusals'

// The pool Payload's PostgreSQL adapter makes, behind a TCP gate that is closed (open connections
// reset, new ones refused: a restart as the pool sees it) and opened again. Out of the box the
// pool emitted 'error' for each idle connection the server dropped with nobody listening, which
// ended the process. The adapter here stands in for Payload's: its connect() makes `this.pool`.

const postgres = process.env.TEST_ADAPTER === 'postgres'
if (!postgres) console.warn(`postgres-outage skipped on ${process.env.TEST_ADAPTER}: it tests PostgreSQL's pool only.`)

describe.runIf(postgres)('the PostgreSQL pool when the server goes away', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('survives it, fails each query at once with a 503 refusal, says so once and is back by itself', async () => {
    const database = new URL(process.env.DATABASE_URI!)
    const gate = await startTcpGate({ host: database.hostname, port: Number(database.port || 5432) })
    cleanups.push(() => gate.close())
    database.port = String(gate.port)

    const adapterObj = {
      name: 'stand-in',
      defaultIDType: 'number',
      init: () => ({
        pool: undefined as Pool | undefined,
        connect() {
          this.pool = new pg.Pool({ connectionString: database.toString(), ...resilientPoolOptions })
          return Promise.resolve()
        },
      }),
    } as unknown as DatabaseAdapterObj
    const log = { warn: vi.fn(), info: vi.fn() }
    const adapter = withPoolOutageReporting(adapterObj, log).init({} as never) as unknown as {
      connect: () => Promise<void>
      pool: Pool
    }
    await adapter.connect()
    cleanups.push(() => adapter.pool.end())
    const select = () => adapter.pool.query('SELECT 1 AS one').then(({ rows }) => rows[0] as { one: number })

    // Three idle connections, each of which the pool reports when the server drops it.
    await Promise.all([select(), select(), select()])
    expect(adapter.pool.idleCount).toBe(3)
    const dropped = new Promise((resolve) => adapter.pool.on('remove', resolve))
    await gate.close()
    await dropped
    await vi.waitFor(() => expect(adapter.pool.idleCount).toBe(0), { timeout: 2_000 })

    const started = Date.now()
    const error = await select().then(
      () => null,
      (e: unknown) => e,
    )
    expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS)
    expect(asAdapterRefusal(error)).toMatchObject({ name: 'DatabaseUnavailableError', status: 503 })
    expect(log.warn).toHaveBeenCalledTimes(1)
    expect(log.warn.mock.calls[0]![0]).toMatch(/^PostgreSQL is unreachable \(.+\)/)

    await gate.open()
    expect(await select()).toEqual({ one: 1 })
    expect(log.info).toHaveBeenCalledWith('PostgreSQL is back.')
    expect(log.warn).toHaveBeenCalledTimes(1)
  })

  it('gives a connect up after CONNECT_TIMEOUT_MS when the server does not answer, not after the pool wait', async () => {
    // Accepts connections and never says a word: a server that hangs, or a half-open network.
    const accepted = new Set<Socket>()
    const silent = createServer((socket) => void accepted.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(async () => {
      for (const socket of accepted) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
    })
    const { port } = silent.address() as AddressInfo
    const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'postgres', ...resilientPoolOptions })
    cleanups.push(() => pool.end())

    const started = Date.now()
    const error = await pool.query('SELECT 1').then(
      () => null,
      (e: unknown) => e,
    )
    const waited = Date.now() - started
    expect(waited).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 50)
    expect(waited).toBeLessThan(Math.min(CONNECT_TIMEOUT_MS + 2_000, POOL_WAIT_TIMEOUT_MS))
    expect(asAdapterRefusal(error)).toMatchObject({ name: 'DatabaseUnavailableError', status: 503 })
  })
})
