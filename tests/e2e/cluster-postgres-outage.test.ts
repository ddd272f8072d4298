import { afterAll, beforeAll, expect, it } from 'vitest'

import { signIn } from './helpers/front'
import type { Cluster } from './setup/cluster'
import { startGatedCluster, type GatedCluster } from './setup/gatedCluster'

// Two instances whose only way to PostgreSQL is a gate this file closes for 10 s while readers
// load cached pages: the pages keep being served, the API, GraphQL and the admin answer 503 with
// Retry-After (not a hang, not a crash), and once the gate opens the same processes read and
// write again.

const OUTAGE_MS = 10_000
/** How long a request may take while the database is away: an answer, not a hang. */
const ANSWER_WITHIN_MS = 5_000
const PAGES = ['/', '/films', '/themes', '/films/miracle-in-cell-no-7']
const READERS = 8

let gated: GatedCluster
let gate: GatedCluster['gate']
let cluster: Cluster
let token: string

beforeAll(async () => {
  gated = await startGatedCluster(2)
  ;({ gate, cluster } = gated)
  token = (await signIn(cluster.baseURLs[0]!, 'editor')).token
})

afterAll(() => gated?.stop())

type Answer = { what: string; status: number | 'no answer'; ms: number; retryAfter: string | null; body: string }

async function ask(what: string, url: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now()
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(15_000) })
    const body = await response.text()
    return {
      what,
      status: response.status,
      ms: Date.now() - started,
      retryAfter: response.headers.get('retry-after'),
      body: body.slice(0, 300),
    }
  } catch (error) {
    return { what, status: 'no answer', ms: Date.now() - started, retryAfter: null, body: String(error) }
  }
}

let genresAsked = 0

/** What an editor's tools and a reader's uncached requests ask of the database, on `base`. */
const databaseRequests = (base: string): Array<[string, string, RequestInit?]> => {
  const auth = { authorization: `JWT ${token}` }
  return [
    ['REST read', `${base}/api/films?limit=1&depth=0`],
    ['REST read as editor', `${base}/api/films?limit=1&depth=0`, { headers: auth }],
    [
      'REST write',
      `${base}/api/genres`,
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        // A name of its own each time: a genre's slug is unique.
        body: JSON.stringify({ name: `Outage ${++genresAsked}` }),
      },
    ],
    [
      'GraphQL read',
      `${base}/api/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Films(limit: 1) { docs { title } } }' }),
      },
    ],
    ['admin', `${base}/admin`, { headers: { cookie: `payload-token=${token}` } }],
  ]
}

/** Readers asking for the warmed pages on every instance until stopped; every answer is kept. */
function startReaders() {
  const answers: Answer[] = []
  let reading = true
  const readers = Array.from({ length: READERS }, async (_, reader) => {
    for (let i = reader; reading; i++) {
      const base = cluster.baseURLs[i % cluster.baseURLs.length]!
      const path = PAGES[i % PAGES.length]!
      answers.push(await ask(`${base}${path}`, `${base}${path}`))
    }
  })
  return {
    answers,
    stop: async () => {
      reading = false
      await Promise.all(readers)
      return answers
    },
  }
}

async function untilOk(what: string, url: string, init: RequestInit | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last: Answer
  do {
    last = await ask(what, url, init)
    if (last.status === 200) return last
    await new Promise((resolve) => setTimeout(resolve, 100))
  } while (Date.now() < deadline)
  throw new Error(`${what} did not answer 200 within ${timeoutMs} ms; last: ${JSON.stringify(last)}`)
}

it('serves cached pages through a 10 s database outage, answers 503 meanwhile and recovers without a restart', async () => {
  // Every page is in the shared cache, on both instances.
  for (const base of cluster.baseURLs)
    for (const path of PAGES) await untilOk(`${base}${path} cached`, `${base}${path}`, undefined, 30_000)

  const readers = startReaders()
  await gate.close()
  const closedAt = Date.now()
  const duringOutage: Answer[] = []
  // Asked again and again for the whole outage: the first requests meet broken connections, the
  // later ones a refused connect.
  while (Date.now() - closedAt < OUTAGE_MS)
    for (const base of cluster.baseURLs)
      for (const [what, url, init] of databaseRequests(base)) duringOutage.push(await ask(what, url, init))
  await gate.open()
  const openedAt = Date.now()

  const logs = () => cluster.instances.map((server) => server.log()).join('\n')
  for (const answer of duringOutage) {
    expect(answer.ms, `${answer.what}: ${JSON.stringify(answer)}`).toBeLessThan(ANSWER_WITHIN_MS)
    // The admin's page is streamed (its status is sent before its data is read): it answers in
    // time, and its calls to the API get the API's 503.
    if (answer.what === 'admin') continue
    expect(answer.status, `${answer.what}: ${JSON.stringify(answer)}`).toBe(503)
    expect(answer.retryAfter, answer.what).toMatch(/^\d+$/)
    expect(answer.body, answer.what).toMatch(/database cannot be reached/i)
  }

  // Back: the same processes answer the API again within seconds, and a write is stored.
  for (const base of cluster.baseURLs) {
    await untilOk(`${base} REST after the outage`, `${base}/api/films?limit=1&depth=0`, undefined, 10_000)
    const [, url, init] = databaseRequests(base).find(([what]) => what === 'REST write')!
    expect((await ask('REST write after the outage', url, init)).status).toBe(201)
  }
  const recoveredMs = Date.now() - openedAt

  const read = await readers.stop()
  const failedReads = read.filter((answer) => answer.status !== 200)
  expect(failedReads, `of ${read.length} cached-page reads`).toEqual([])
  expect(read.length).toBeGreaterThan(100)
  for (const base of cluster.baseURLs) expect((await ask('robots', `${base}/robots.txt`)).status).toBe(200)
  expect(logs()).not.toMatch(/uncaughtException|unhandledRejection/)
  expect(recoveredMs).toBeLessThan(10_000)
}, 120_000)
