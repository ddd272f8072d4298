import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textOf } from './helpers/http'
import { startCluster, type Cluster } from './setup/cluster'
import { accounts, ROOT } from './setup/production'
import { startS3Server } from '../../deploy/cluster/s3server.mjs'
import { LIMITS } from '../../src/lib/security/rateLimit'

// Two instances of the site on one PostgreSQL database, one Redis and one S3 bucket (s3rver), as
// a load balancer would use them: whichever instance a request lands on, it sees the same pages,
// the same counters, the same sessions and the same uploads.

let s3: Awaited<ReturnType<typeof startS3Server>>
let cluster: Cluster
let a: string
let b: string

beforeAll(async () => {
  s3 = await startS3Server()
  cluster = await startCluster({ instances: 2, env: s3.env })
  ;[a, b] = cluster.baseURLs as [string, string]
})

afterAll(async () => {
  await cluster?.stop()
  await s3?.stop()
})

const get = async (base: string, path: string) => {
  const response = await fetch(`${base}${path}`)
  const html = await response.text()
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), text: textOf(html) }
}

async function login(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const json = (await response.json().catch(() => ({}))) as { token?: string }
  return { status: response.status, token: json.token, cookie: response.headers.get('set-cookie') ?? '' }
}

const me = async (base: string, headers: Record<string, string>) =>
  ((await (await fetch(`${base}/api/users/me`, { headers })).json()) as { user: { email: string } | null }).user

const api = async (base: string, token: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

describe('the page cache is shared', () => {
  it('a page rendered by A is served from the cache by B', async () => {
    expect((await get(a, '/films/i-am-sam')).status).toBe(200)
    const onB = await get(b, '/films/i-am-sam')
    expect(onB.status).toBe(200)
    // B never rendered it: only a cache it shares with A can answer a hit.
    expect(onB.cache).toMatch(/^(HIT|STALE)$/)
  })

  it('a publish on A shows on B on its next request, within a second', async () => {
    const { token } = await login(a, accounts.editor.email, accounts.editor.password)
    const path = '/films/life-is-beautiful'
    // Both instances have served (and cached) the page as it was.
    for (const base of [b, a, b]) expect((await get(base, path)).text).not.toContain('A logline edited on A')
    expect((await get(b, path)).cache).toMatch(/^(HIT|STALE)$/)

    const id = (await api(a, token!, 'GET', '/films?where[slug][equals]=life-is-beautiful&depth=0')).json.docs[0].id
    expect((await api(a, token!, 'PATCH', `/films/${id}`, { logline: 'A logline edited on A.' })).status).toBe(200)
    const started = Date.now()
    const onB = await get(b, path)
    expect(onB.text).toContain('A logline edited on A.')
    expect(Date.now() - started).toBeLessThan(1000)
    // The listing that shows the film changed too, on both.
    for (const base of [b, a]) expect((await get(base, '/')).text).toContain('A logline edited on A.')
  })
})

describe('rate limits are shared', () => {
  it(`refuses the ${LIMITS.loginPerAccount.points + 1}th login attempt at one account, whichever instance each went to`, async () => {
    const email = `cluster-${randomBytes(4).toString('hex')}@example.test`
    for (let i = 0; i < LIMITS.loginPerAccount.points; i++) {
      const status = (await login(i % 2 === 0 ? a : b, email, `wrong password ${i}`)).status
      expect(status, `attempt ${i + 1}`).toBe(401)
    }
    // Each instance has seen half the attempts; counted apart, neither would refuse yet.
    expect((await login(a, email, 'one more guess')).status).toBe(429)
    expect((await login(b, email, 'and another')).status).toBe(429)
  })
})

describe('sessions are shared', () => {
  it('a login through A is a login on B, by token and by cookie; a logout through A ends it on B', async () => {
    const { status, token, cookie } = await login(a, accounts.writer.email, accounts.writer.password)
    expect(status).toBe(200)
    const cookiePair = cookie.split(';')[0]!
    expect(cookiePair).toMatch(/^payload-token=/)
    expect((await me(b, { authorization: `JWT ${token}` }))?.email).toBe(accounts.writer.email)
    // As the admin in a browser sends it: Payload takes a cookie without an Origin only from the same site.
    const fromAdmin = { cookie: cookiePair, 'sec-fetch-site': 'same-origin' }
    expect((await me(b, fromAdmin))?.email).toBe(accounts.writer.email)

    const logout = await fetch(`${a}/api/users/logout`, { method: 'POST', headers: { authorization: `JWT ${token}` } })
    expect(logout.status).toBe(200)
    expect(await me(b, { authorization: `JWT ${token}` })).toBeNull()
    expect(await me(b, fromAdmin)).toBeNull()
  })
})

describe('uploads are shared', () => {
  it('an image uploaded through A is served by B from the bucket, the original and its sizes', async () => {
    const { token } = await login(a, accounts.editor.email, accounts.editor.password)
    const png = await sharp({ create: { width: 1000, height: 600, channels: 3, background: { r: 90, g: 20, b: 60 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
      `cluster-${randomBytes(4).toString('hex')}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: 'Uploaded through A' }))
    const uploaded = await fetch(`${a}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const { doc } = (await uploaded.json()) as {
      doc: { filename: string; sizes: Record<string, { filename: string; width: number }> }
    }

    const original = await fetch(`${b}/api/media/file/${doc.filename}`)
    expect(original.status).toBe(200)
    expect(Buffer.from(await original.arrayBuffer()).equals(png)).toBe(true)
    const card = doc.sizes.card!
    const size = await fetch(`${b}/api/media/file/${card.filename}`)
    expect(size.status).toBe(200)
    expect((await sharp(Buffer.from(await size.arrayBuffer())).metadata()).width).toBe(card.width)

    // The instances share this machine's disk too: only the bucket holding the files, and media/
    // not, shows that B read them from where an instance on another machine would.
    const bucket = new S3({
      region: s3.env.S3_REGION,
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.env.S3_ACCESS_KEY_ID, secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY },
    })
    const keys = ((await bucket.listObjectsV2({ Bucket: s3.bucket })).Contents ?? []).map((object) => object.Key)
    for (const name of [doc.filename, card.filename]) {
      expect(keys).toContain(name)
      expect(existsSync(path.join(ROOT, 'media', name))).toBe(false)
    }
  })
})
