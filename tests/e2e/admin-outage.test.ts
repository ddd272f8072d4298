import { afterAll, beforeAll, expect, it } from 'vitest'

import { signIn } from './helpers/front'
import { textOf } from './helpers/http'
import type { Cluster } from './setup/cluster'
import { startGatedCluster, type GatedCluster } from './setup/gatedCluster'

// What an editor signed in to the admin sees while PostgreSQL cannot be reached: a page saying
// so, not a login form as if they had been signed out, nor a crashed admin; and once the database
// is back, the admin as before, still signed in. The instance's only way to PostgreSQL is a gate
// this file closes (bench/lib/tcpGate.mjs, as in cluster-postgres-outage.test.ts).

const PAGES = ['/admin', '/admin/collections/films']
/** An answer, not a hang: the pool gives up a connect within seconds. */
const ANSWER_WITHIN_MS = 10_000

let gated: GatedCluster
let gate: GatedCluster['gate']
let cluster: Cluster
let authorization: string

beforeAll(async () => {
  gated = await startGatedCluster(1)
  ;({ gate, cluster } = gated)
  authorization = `JWT ${(await signIn(cluster.baseURLs[0]!, 'editor')).token}`
}, 600_000)

afterAll(() => gated?.stop())

// `html` is the whole response: the admin's content travels in it as React's payload, in scripts.
type Visit = { statuses: number[]; url: string; html: string; text: string; ms: number; toLogin: boolean }

/** The page an editor's browser ends on for `path`, following the server's redirects. */
async function visit(path: string): Promise<Visit> {
  const started = Date.now()
  const statuses: number[] = []
  let url = new URL(path, cluster.baseURLs[0]).toString()
  for (;;) {
    const response = await fetch(url, {
      headers: { authorization },
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    statuses.push(response.status)
    const location = response.headers.get('location')
    if (location) {
      url = new URL(location, url).toString()
      continue
    }
    const html = await response.text()
    // A redirect decided after the page began streaming travels inside it, for the browser to follow.
    const toLogin = /\/admin\/login/.test(url) || /NEXT_REDIRECT;[a-z]+;\/admin\/login/.test(html)
    return { statuses, url, html, text: textOf(html), ms: Date.now() - started, toLogin }
  }
}

const LOGIN_FORM = /\bLog ?in\b|Forgot password/i
const UNREACHABLE = /database cannot be reached/i

it('shows an editor that the database cannot be reached, then the admin again once it is back', async () => {
  for (const path of PAGES) {
    const before = await visit(path)
    expect(before.statuses, path).toEqual([200])
    expect(before.html, path).not.toMatch(UNREACHABLE)
    expect(before.toLogin, path).toBe(false)
  }

  await gate.close()
  try {
    for (const path of PAGES) {
      const during = await visit(path)
      const seen = `${path}: ${JSON.stringify({ ...during, html: during.html.length })}`
      expect(during.ms, seen).toBeLessThan(ANSWER_WITHIN_MS)
      expect(during.html, seen).toMatch(UNREACHABLE)
      expect(during.text, seen).not.toMatch(LOGIN_FORM)
      expect(during.toLogin, seen).toBe(false)
    }
  } finally {
    await gate.open()
  }

  // Back within seconds (the pool connects again on the next request), still signed in.
  for (const path of PAGES) {
    const deadline = Date.now() + 10_000
    let after = await visit(path)
    while (UNREACHABLE.test(after.html) && Date.now() < deadline) after = await visit(path)
    expect(after.statuses, path).toEqual([200])
    expect(after.html, path).not.toMatch(UNREACHABLE)
    expect(after.toLogin, path).toBe(false)
  }
  expect(cluster.instances[0]!.log()).not.toMatch(/uncaughtException|unhandledRejection/)
}, 180_000)
