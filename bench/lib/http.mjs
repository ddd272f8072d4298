import http from 'node:http'

import { revalidationToken } from './tokens.mjs'

// Requests one at a time over one keep-alive connection, timed to the last byte: on loopback with
// nothing else queued, that is the server's time for the request.

/** One GET; resolves with the status, the body and the milliseconds to its last byte. */
export function timedGet(url, { agent, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      )
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

/**
 * `count` sequential GETs of `url`, each after `before()` (when given, untimed): the milliseconds
 * of each. Every answer must be 200, or the figure would time an error page.
 */
export async function sequentialTimes(url, count, { before, headers } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const times = []
  try {
    for (let i = 0; i < count; i += 1) {
      if (before) await before(i)
      const { status, ms } = await timedGet(url, { agent, headers })
      if (status !== 200) throw new Error(`GET ${url} answered ${status}`)
      times.push(ms)
    }
  } finally {
    agent.destroy()
  }
  return times
}

/** Expires `tags` in the app's cache through its POST /revalidate, signed as the importer signs. */
export async function expireTags(app, tags) {
  const response = await fetch(`${app.baseURL}/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${revalidationToken(app.secret)}` },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`POST /revalidate answered ${response.status}: ${await response.text()}`)
}

/** GET with the editor's JWT, parsed as JSON. */
export async function apiGet(app, path) {
  const response = await fetch(`${app.baseURL}${path}`, { headers: { authorization: `JWT ${app.editorToken}` } })
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
  return response.json()
}
