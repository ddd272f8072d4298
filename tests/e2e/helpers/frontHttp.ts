import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { gunzipSync } from 'node:zlib'

// Requests to the caching front with full control of what is sent (no implicit Accept-Encoding,
// a chosen source address) and everything that comes back (raw headers, the body as served,
// decompressed when gzipped).

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string; gzipped: boolean }

export function send(
  url: string,
  {
    method = 'GET',
    headers = {},
    localAddress,
  }: { method?: string; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, localAddress }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const gzipped = res.headers['content-encoding'] === 'gzip'
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: (gzipped ? gunzipSync(raw) : raw).toString(),
          gzipped,
        })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** The nonce a Content-Security-Policy allows scripts with. */
export const policyNonce = (policy: string | undefined): string | undefined => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

/** Every nonce attribute in a page. */
export const pageNonces = (html: string): string[] => [...html.matchAll(/\bnonce="([^"]*)"/g)].map((m) => m[1]!)

/** Every header of a response as one text, to look for a value in any of them. */
export const headerText = (headers: IncomingHttpHeaders): string =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('\n')
