import { createServer, type Server } from 'node:http'

import type { DatabaseAdapterObj, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { afterCommit, withAfterCommit } from '../../src/database/afterCommit'
import { purgeFront, PURGE_PATH } from '../../src/lib/front/purge'
import { freePort } from '../e2e/setup/production'

// The app's side of purging: one request per change, failures logged and never thrown, and only
// once the change's transaction has committed.

describe('purgeFront', () => {
  let server: Server
  let base: string
  const received: string[] = []
  let status = 200

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`)
      res.statusCode = status
      res.end()
    })
    const port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('sends one POST to the front’s purge path', async () => {
    received.length = 0
    await purgeFront(base)
    expect(received).toEqual([`POST ${PURGE_PATH}`])
  })

  it('does nothing when no front is configured', async () => {
    received.length = 0
    await purgeFront(undefined)
    await purgeFront('')
    expect(received).toEqual([])
  })

  it('logs a refusal, an unreachable front and a malformed URL, and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      status = 403
      await expect(purgeFront(base)).resolves.toBeUndefined()
      await expect(purgeFront(`http://127.0.0.1:${await freePort()}`)).resolves.toBeUndefined()
      await expect(purgeFront('not a url')).resolves.toBeUndefined()
      expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
        expect.stringMatching(/answered 403; its pages stay stale/),
        expect.stringMatching(/failed \(fetch failed: .*ECONNREFUSED.*\); its pages stay stale/),
        expect.stringMatching(/FRONT_PURGE_URL must be the front's base URL/),
      ])
    } finally {
      status = 200
      warn.mockRestore()
    }
  })
})

describe('afterCommit', () => {
  const purge = (events: string[]) => () => Promise.resolve(void events.push('purge'))
  /** An adapter whose commit takes a turn of the event loop, recording what happens when. */
  function fakeAdapter(events: string[]) {
    const adapter = {
      commitTransaction: async (id: number) => {
        await new Promise((resolve) => setImmediate(resolve))
        events.push(`commit ${id}`)
      },
      rollbackTransaction: (id: number) => {
        events.push(`rollback ${id}`)
        return Promise.resolve()
      },
    }
    const obj = withAfterCommit({ init: () => adapter } as unknown as DatabaseAdapterObj)
    const db = obj.init({} as never) as unknown as typeof adapter
    const req = (transactionID?: number) => ({ transactionID, payload: { db } }) as unknown as PayloadRequest
    return { db, req }
  }

  it('runs the callback once the transaction has committed, not before', async () => {
    const events: string[] = []
    const { db, req } = fakeAdapter(events)
    await afterCommit(req(1), purge(events))
    expect(events).toEqual([])
    await db.commitTransaction(1)
    expect(events).toEqual(['commit 1', 'purge'])
  })

  it('drops the callback when the transaction is rolled back', async () => {
    const events: string[] = []
    const { db, req } = fakeAdapter(events)
    await afterCommit(req(2), purge(events))
    await db.rollbackTransaction(2)
    await db.commitTransaction(2)
    expect(events).toEqual(['rollback 2', 'commit 2'])
  })

  it('runs at once for a write made outside a transaction', async () => {
    const events: string[] = []
    const { req } = fakeAdapter(events)
    await afterCommit(req(undefined), purge(events))
    expect(events).toEqual(['purge'])
  })

  it('a failing callback is logged and never fails the committed write', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const events: string[] = []
      const { db, req } = fakeAdapter(events)
      await afterCommit(req(3), () => Promise.reject(new Error('front down')))
      await expect(db.commitTransaction(3)).resolves.toBeUndefined()
      expect(error).toHaveBeenCalledWith('after a commit:', expect.objectContaining({ message: 'front down' }))
    } finally {
      error.mockRestore()
    }
  })
})
