import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll } from 'vitest'

export type RecordedRequest = { url?: string; authorization?: string; body: string }

/**
 * A stand-in for the running site that a command-line tool asks to refresh its cache: it answers
 * every request and records it. Listens for the calling `describe` block; `url()` is its address
 * once that block's tests run.
 */
export function recordingSite(): { requests: RecordedRequest[]; url: () => string } {
  const requests: RecordedRequest[] = []
  const site = createServer((request: IncomingMessage, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      requests.push({ url: request.url, authorization: request.headers.authorization, body })
      response.end('{}')
    })
  })
  let url = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())))
  return { requests, url: () => url }
}
