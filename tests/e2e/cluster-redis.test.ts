import { afterAll, beforeAll, expect, it } from 'vitest'

import { startPrivateRedis, type PrivateRedis } from '../helpers/redisServer'
import { textOf } from './helpers/http'
import { startCluster, type Cluster } from './setup/cluster'
import { accounts } from './setup/production'

// Two instances sharing a Redis of this file's own, which it stops and starts again: while it is
// away the site keeps serving, and once it is back nothing it kept from before is served stale,
// though an editor published meanwhile.

let redis: PrivateRedis
let cluster: Cluster
let a: string
let b: string

beforeAll(async () => {
  redis = await startPrivateRedis()
  cluster = await startCluster({ instances: 2, env: { REDIS_URL: redis.url }, captureLog: true })
  ;[a, b] = cluster.baseURLs as [string, string]
})

afterAll(async () => {
  await cluster?.stop()
  await redis?.stop()
})

const PATH = '/films/miracle-in-cell-no-7'
const EDIT = 'A logline published while Redis was away.'

async function get(base: string, path: string) {
  const started = Date.now()
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) })
  const text = textOf(await response.text())
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), text, ms: Date.now() - started }
}

async function publishOn(base: string) {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(accounts.editor),
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const found = await fetch(`${base}/api/films?where[slug][equals]=miracle-in-cell-no-7&depth=0`, { headers })
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  const edit = await fetch(`${base}/api/films/${id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ logline: EDIT }),
  })
  expect(edit.status).toBe(200)
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const count = (log: string, text: string) => log.split(text).length - 1
/** What an instance said about Redis, for a failure's message. */
const aboutRedis = (log: string) =>
  log
    .split('\n')
    .filter((line) => line.includes('Redis'))
    .join('\n')

it('serves without Redis, warns once, and serves nothing stale once Redis is back', async () => {
  // The page is in the shared cache, as both instances last saw it.
  expect((await get(a, PATH)).text).not.toContain(EDIT)
  expect((await get(b, PATH)).cache).toMatch(/^(HIT|STALE)$/)

  // Redis goes away with the page still in it (it saves its data, as a server cut off would keep it).
  await redis.stop()
  for (const base of [a, b]) {
    for (const path of [PATH, '/', '/films', '/themes']) {
      const { status, ms } = await get(base, path)
      expect(status, `${base}${path}`).toBe(200)
      expect(ms, `${base}${path}`).toBeLessThan(5000)
    }
  }
  await publishOn(a)
  for (const base of [b, a]) expect((await get(base, PATH)).text, base).toContain(EDIT)
  for (const server of cluster.instances)
    expect(count(server.log(), 'is unreachable'), aboutRedis(server.log())).toBe(1)

  // Back, with the page as it was before the publish still stored.
  await redis.start()
  await until(
    () => cluster.instances.every((server) => server.log().includes('is back')),
    'both instances reconnecting',
  )
  for (const base of [b, a, b]) {
    const { status, text } = await get(base, PATH)
    expect(status).toBe(200)
    expect(text, base).toContain(EDIT)
  }
  // And the shared cache is in use again.
  expect((await get(b, PATH)).cache).toMatch(/^(HIT|STALE)$/)
  for (const server of cluster.instances)
    expect(count(server.log(), 'is unreachable'), aboutRedis(server.log())).toBe(1)
})
