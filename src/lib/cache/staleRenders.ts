import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { headerPredatesChange, RENDER_HEADER } from './renderFreshness.mjs'

/** What Next itself sends for a response that no cache may keep. */
const NOT_SHAREABLE = 'private, no-cache, no-store, max-age=0, must-revalidate'

const isHeaders = (arg: unknown): arg is OutgoingHttpHeaders =>
  typeof arg === 'object' && arg !== null && !Array.isArray(arg)

/** Removes the render header wherever Next put it, and gives its value. */
function takeRenderHeader(response: ServerResponse, headers: OutgoingHttpHeaders | undefined): string | undefined {
  let value = response.getHeader(RENDER_HEADER)
  response.removeHeader(RENDER_HEADER)
  for (const name of Object.keys(headers ?? {})) {
    if (name.toLowerCase() !== RENDER_HEADER) continue
    value = headers![name]
    delete headers![name]
  }
  return Array.isArray(value) ? value[0] : value === undefined ? undefined : String(value)
}

/**
 * A response from Next's cache carries when its render began and the tags it shows
 * (pageCacheHandler.mjs). A reader who joins a render that began before a publish gets the old
 * page, which is fair for a request made while the editor saved; but a shared cache (the front,
 * a CDN) must not keep that copy, or it would serve it past the purge that follows the publish.
 * Such a response is marked private; the header itself never leaves the server.
 */
export function withholdStaleRenders(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
  response.writeHead = (...args: unknown[]) => {
    const headers = args.find(isHeaders)
    const value = takeRenderHeader(response, headers)
    if (value !== undefined && headerPredatesChange(value)) {
      response.setHeader('cache-control', NOT_SHAREABLE)
      for (const name of Object.keys(headers ?? {}))
        if (name.toLowerCase() === 'cache-control') headers![name] = NOT_SHAREABLE
    }
    return writeHead(...args)
  }
}
