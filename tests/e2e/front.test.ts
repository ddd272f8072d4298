import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { placeholderNonce } from '../../deploy/front/front.mjs'
import { runScript } from '../helpers/run'
import { signIn, startAppWithFront, type AppWithFront } from './helpers/front'
import { headerText, pageNonces, policyNonce, send } from './helpers/frontHttp'
import { accounts } from './setup/production'

// The shipped caching front (deploy/front) in front of the production app, as
// `npm run start:front` runs them: what it caches, that a change shows on the next response
// through it, that a signed-in editor's preview never reaches a visitor, and that every response
// carries a nonce of its own and never the app's placeholder. tests/unit/front-proxy.test.ts
// covers each rule of the front against an upstream that test controls.

const FILM = '/films/miracle-in-cell-no-7'

let site: AppWithFront
const front = (pathname: string, init?: Parameters<typeof send>[1]) => send(`${site.frontURL}${pathname}`, init)

beforeAll(async () => {
  site = await startAppWithFront()
})
afterAll(async () => {
  await site?.stop()
})

/** Whether the app let a shared cache keep the response (CONTRACT-serve: s-maxage on cached pages). */
const sharedCacheable = (cacheControl: string | string[] | undefined) =>
  /\bs-maxage=[1-9]/.test(String(cacheControl)) && !/private|no-store/.test(String(cacheControl))

async function editorApi() {
  const { token, cookie } = await signIn(site.frontURL, 'editor')
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${site.frontURL}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as Record<string, any>
    if (!response.ok) throw new Error(`${method} /api${path} answered ${response.status}: ${JSON.stringify(json)}`)
    return json
  }
  const { docs } = await api('GET', '/films?where[slug][equals]=miracle-in-cell-no-7&depth=0')
  return { api, cookie, filmId: docs[0].id as number | string }
}

describe('what the front caches', () => {
  it('a public page exactly when the app lets a shared cache keep it, and /_next/static always', async () => {
    await front('/_front/purge', { method: 'POST' })
    const first = await front(FILM)
    const second = await front(FILM)
    expect(first.status).toBe(200)
    console.log(`film page through the front: Cache-Control "${String(first.headers['cache-control'])}"`)
    if (sharedCacheable(first.headers['cache-control'])) expect(second.headers['x-cache-status']).toBe('HIT')
    else expect(second.headers['x-cache-status']).not.toMatch(/HIT|STALE|UPDATING/)

    const script = /\/_next\/static\/[^"?]+\.js/.exec(first.body)?.[0]
    expect(script).toBeDefined()
    await front(script!)
    const asset = await front(script!)
    expect(asset.headers['x-cache-status']).toBe('HIT')
    expect(asset.headers['cache-control']).toContain('immutable')
  })

  it('keeps the app’s security headers on every response, cached or not', async () => {
    for (const response of [await front(FILM), await front(FILM)]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      })
      expect(response.headers['permissions-policy']).toContain('camera=()')
      expect(response.headers['content-security-policy']).toContain("script-src 'self' 'nonce-")
    }
  })
})

describe('the CSP nonce through the front', () => {
  it('is new for every response of a page, the same in its scripts and its policy, and the placeholder is never sent', async () => {
    const placeholder = placeholderNonce(site.secret)
    const responses = [
      await front(FILM),
      await front(FILM, { headers: { 'accept-encoding': 'gzip' } }),
      await front('/'),
    ]
    const nonces = responses.map((r) => policyNonce(r.headers['content-security-policy'] as string))
    expect(new Set(nonces).size).toBe(responses.length)
    responses.forEach((response, i) => {
      const scripts = pageNonces(response.body)
      expect(scripts.length).toBeGreaterThan(0)
      expect(new Set(scripts)).toEqual(new Set([nonces[i]]))
      expect(response.body).not.toContain(placeholder)
      expect(headerText(response.headers)).not.toContain(placeholder)
    })
    const admin = await front('/admin/login')
    expect(`${admin.body}${headerText(admin.headers)}`).not.toContain(placeholder)
  })
})

describe('publish to live through the front', () => {
  it('a publish, an unpublish and a delete show on the next response', async () => {
    const { api, filmId } = await editorApi()
    const timed = async (change: () => Promise<unknown>, pathname: string) => {
      const started = performance.now()
      await change()
      const response = await front(pathname)
      return { response, ms: Math.round(performance.now() - started) }
    }
    await front(FILM)
    await front('/films')

    const logline = `Seen through the front ${Date.now()}`
    const published = await timed(() => api('PATCH', `/films/${filmId}`, { logline, _status: 'published' }), FILM)
    expect(published.response.body).toContain(logline)

    const unpublished = await timed(() => api('PATCH', `/films/${filmId}`, { _status: 'draft' }), FILM)
    expect(unpublished.response.status).toBe(404)
    const republished = await timed(() => api('PATCH', `/films/${filmId}`, { _status: 'published' }), FILM)
    expect(republished.response.status).toBe(200)

    const created = await api('POST', '/films', {
      title: 'Front Freshness',
      slug: 'front-freshness',
      _status: 'published',
    })
    expect((await front('/films/front-freshness')).status).toBe(200)
    expect((await front('/films')).body).toContain('Front Freshness')
    const deleted = await timed(() => api('DELETE', `/films/${created.doc.id}`), '/films/front-freshness')
    expect(deleted.response.status).toBe(404)
    expect((await front('/films')).body).not.toContain('Front Freshness')

    console.log(
      `publish-to-live through the front (REST answer, then one GET): publish ${published.ms} ms, ` +
        `unpublish ${unpublished.ms} ms, republish ${republished.ms} ms, delete ${deleted.ms} ms`,
    )
  })

  it('under concurrent readers and another editor, each publish shows and no reader is sent the old page after it', async () => {
    // Readers keep Next rendering (and the front refilling) while another editor keeps publishing a
    // different film, which expires the film page's tags and purges the front every time, so that
    // a render that began before a publish of this film is still running when it commits: the case
    // in which Next kept, and the front shared, the old page until its s-maxage passed
    // (docs/caching.md, "Freshness under concurrent readers"). A read counts against a publish
    // once it began after some reader had already received the new version.
    const { api, filmId } = await editorApi()
    const { docs } = await api('GET', '/films?where[slug][equals]=life-is-beautiful&depth=0')
    const otherId = docs[0].id as number | string
    const READERS = 6
    const ROUNDS = 3
    const AFTER_SEEN = 30
    let current = ''
    let firstSeen = Infinity
    let readsAfterSeen = 0
    const wentBack: string[] = []
    let running = true
    const reader = async () => {
      while (running) {
        const startedAt = performance.now()
        const expected = current
        const { status, body } = await front(FILM)
        // Only reads begun in the current round count (a round starts once its publish is answered).
        if (status !== 200 || !expected || expected !== current) continue
        const shows = body.includes(expected)
        if (shows) firstSeen = Math.min(firstSeen, performance.now())
        if (startedAt > firstSeen && !shows)
          wentBack.push(`"${expected}": a read begun ${Math.round(startedAt - firstSeen)} ms after it was seen`)
        if (startedAt > firstSeen) readsAfterSeen++
      }
    }
    const otherEditor = async () => {
      for (let n = 0; running; n++)
        await api('PATCH', `/films/${otherId}`, { logline: `Another editor's change ${n}`, _status: 'published' })
    }
    const load = [...Array.from({ length: READERS }, reader), otherEditor()]
    const liveAfter: number[] = []
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const logline = `Read under load, round ${round}, ${Date.now()}`
        const published = performance.now()
        await api('PATCH', `/films/${filmId}`, { logline, _status: 'published' })
        firstSeen = Infinity
        readsAfterSeen = 0
        current = logline
        await expect
          .poll(() => firstSeen, { timeout: 15_000, interval: 20, message: `"${logline}" never shown` })
          .toBeLessThan(Infinity)
        liveAfter.push(Math.round(firstSeen - published))
        await expect.poll(() => readsAfterSeen, { timeout: 15_000, interval: 20 }).toBeGreaterThanOrEqual(AFTER_SEEN)
      }
    } finally {
      running = false
      await Promise.all(load)
    }
    console.log(
      `publish-to-live through the front under ${READERS} readers and another editor: ${liveAfter.join(', ')} ms`,
    )
    expect(wentBack).toEqual([])
  })

  it('a scheduled publish, carried out by the app’s job runner, shows through the front', async () => {
    const { api } = await editorApi()
    await api('POST', '/films', { title: 'Front Scheduled', slug: 'front-scheduled', _status: 'draft' })
    // Both answers are cached by the front (the 404 too), so only a purge can show the publish.
    expect((await front('/films/front-scheduled')).status).toBe(404)
    expect((await front('/films')).body).not.toContain('Front Scheduled')
    const at = new Date(Date.now() + 2_000).toISOString()
    const args = ['publish', 'films', 'front-scheduled', '--at', at, '--as', accounts.editor.email]
    const scheduled = await runScript('schedule', args, site.cliEnv)
    expect(scheduled.code, scheduled.stderr).toBe(0)
    // The job runner is another part of the app, on its own clock (every 2 s here): watch for it.
    const deadline = Date.now() + 30_000
    let status = 404
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      status = (await front('/films/front-scheduled')).status
    }
    expect(status).toBe(200)
    expect((await front('/films')).body).toContain('Front Scheduled')
  })
})

describe('an editor’s preview never reaches a visitor', () => {
  it('a draft change seen in preview is not served to an anonymous visitor afterwards, nor its cookie', async () => {
    const { api, cookie, filmId } = await editorApi()
    await front(FILM)
    await front(FILM)
    const draft = `Only in preview ${Date.now()}`
    await api('PATCH', `/films/${filmId}?draft=true`, { logline: draft })

    const entered = await front(`/preview?path=${FILM}`, { headers: { cookie } })
    expect(entered.status).toBe(307)
    const draftCookie = [entered.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('__prerender_bypass='))
    expect(draftCookie).toBeDefined()

    const preview = await front(FILM, { headers: { cookie: `${cookie}; ${draftCookie!.split(';')[0]}` } })
    expect(preview.body).toContain(draft)
    expect(preview.headers['x-cache-status']).toBe('BYPASS')

    for (const response of [await front(FILM), await front(FILM, { headers: { 'accept-encoding': 'gzip' } })]) {
      expect(response.status).toBe(200)
      expect(response.body).not.toContain(draft)
    }
    const refused = await front(`/preview?path=${FILM}`)
    expect(refused.status).toBe(401)
    expect(refused.headers['set-cookie']).toBeUndefined()
  })
})
