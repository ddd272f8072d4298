import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { runScript } from '../helpers/run'
import { login } from './helpers/browser'
import { apiOk, getPage } from './helpers/http'

// A scheduled change is carried out by the running app's own job runner (no other service) when
// it falls due, and the public pages show it at once. The job is queued the way the admin's
// Schedule Publish drawer queues it, through `npm run schedule`, as the editor.

const suffix = randomBytes(4)
  .toString('hex')
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)
const film = { title: `Scheduled Probe ${suffix}`, slug: `scheduled-probe-${suffix}` }
const path = `/films/${film.slug}`
let token: string
let id: string | number | undefined

const api = (method: string, pathname: string, body?: unknown) =>
  apiOk<{ doc: { id: string | number } }>(method, pathname, { token, body })

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()

async function schedule(type: 'publish' | 'unpublish', at: string) {
  const { code, stderr } = await runScript(
    'schedule',
    [type, 'films', film.slug, '--at', at, '--as', inject('accounts').editor.email],
    inject('serverEnv'),
  )
  expect(code, stderr).toBe(0)
}

const status = async () => (await getPage(path)).status

beforeAll(async () => {
  token = await login('editor')
  id = (await api('POST', '/films', { title: film.title, _status: 'draft' })).doc.id
  await getPage(path) // a visit caches the 404, which the publish must expire
})

afterAll(async () => {
  if (id !== undefined) await api('DELETE', `/films/${id}`).catch(() => undefined)
})

describe('scheduled publishing', () => {
  it('publishes when due, not before, and the page appears', async () => {
    await schedule('publish', inSeconds(15))
    expect(await status()).toBe(404)
    await expect.poll(status, { timeout: 40_000, interval: 1000 }).toBe(200)
    expect((await getPage(path)).text).toContain(film.title)
  })

  it('unpublishes when due, and the page is gone', async () => {
    await schedule('unpublish', inSeconds(3))
    await expect.poll(status, { timeout: 40_000, interval: 1000 }).toBe(404)
  })
})
