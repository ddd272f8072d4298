import http from 'node:http'

import { inject } from 'vitest'

/**
 * An HTTP request from a chosen loopback address (127.0.0.2, 127.0.0.3, …): Linux routes all of
 * 127/8 to the loopback interface, so the server sees a genuinely different client. Tests that
 * exhaust a rate limit use their own address and leave 127.0.0.1, which every other test uses,
 * untouched — without relying on X-Forwarded-For, which the server rightly ignores.
 */
export function requestFrom(
  localAddress: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  const target = new URL(path, inject('baseURL'))
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method, headers, localAddress, agent: false }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}
