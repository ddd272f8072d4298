import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { createNonce } from './headers'

// Only documents and the RSC payloads of client navigations carry script nonces.
const CARRIES_SCRIPTS = /^\s*(text\/html|text\/x-component)\b/i

/** `buffer` with every `from` replaced by `to` (same length); a copy when anything changed, never the original altered. */
function replaceAll(buffer: Buffer, from: Buffer, to: Buffer): Buffer {
  let at = buffer.indexOf(from)
  if (at < 0) return buffer
  // Next hands over the cached page's own buffer: writing into it would change what later visitors get.
  const copy = Buffer.from(buffer)
  while (at >= 0) {
    to.copy(copy, at)
    at = copy.indexOf(from, at + to.length)
  }
  return copy
}

/**
 * Replaces `from` by `to` across a stream of chunks: the last `from.length - 1` bytes of each
 * chunk wait for the next one, since the placeholder may straddle two writes.
 */
export function streamReplacer(from: string, to: string) {
  const needle = Buffer.from(from)
  const replacement = Buffer.from(to)
  if (needle.length !== replacement.length) throw new Error('the nonce and its placeholder must be the same length')
  let held = Buffer.alloc(0)
  return {
    push(chunk: Buffer): Buffer {
      const replaced = replaceAll(held.length ? Buffer.concat([held, chunk]) : chunk, needle, replacement)
      const keep = Math.min(needle.length - 1, replaced.length)
      held = Buffer.from(replaced.subarray(replaced.length - keep))
      return replaced.subarray(0, replaced.length - keep)
    },
    flush(): Buffer {
      const rest = held
      held = Buffer.alloc(0)
      return rest
    },
  }
}

type Chunk = string | Buffer | Uint8Array
type Callback = (error?: Error | null) => void

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)

/** write(chunk, cb) and write(chunk, encoding, cb), end(cb), end(chunk, cb), end(chunk, encoding, cb). */
function writeArgs(args: unknown[]): { chunk?: Chunk; encoding?: BufferEncoding; callback?: Callback } {
  const [first, second, third] = args
  if (typeof first === 'function') return { callback: first as Callback }
  if (typeof second === 'function') return { chunk: first as Chunk | undefined, callback: second as Callback }
  return {
    chunk: first as Chunk | undefined,
    encoding: second as BufferEncoding | undefined,
    callback: third as Callback,
  }
}

function swap(value: OutgoingHttpHeader | undefined, from: string, to: string): OutgoingHttpHeader | undefined {
  if (typeof value === 'string') return value.includes(from) ? value.replaceAll(from, to) : value
  if (Array.isArray(value) && value.some((item) => item.includes(from)))
    return value.map((item) => item.replaceAll(from, to))
  return value
}

/**
 * Gives one response its own nonce: the placeholder Next rendered into the page (cached or not)
 * is replaced in the CSP header and, for documents, in the body. Installed before Next handles
 * the request (requestStart.ts), around the response's own write/end, inside the compression
 * that requestStart.ts installs first, so it sees the bytes Next wrote, not gzip.
 */
export function substituteNonces(response: ServerResponse, placeholder: string): void {
  let replacer: ReturnType<typeof streamReplacer> | null | undefined

  // Decided once, when the headers are final: at writeHead, or at the first write that implies it.
  // Next puts the nonce in more than the policy (a Link header preloading the stylesheet carries
  // it too), so every header is swapped.
  const decide = (headers?: OutgoingHttpHeaders): void => {
    if (replacer !== undefined) return
    const nonce = createNonce()
    for (const name of response.getHeaderNames()) {
      const value = response.getHeader(name)
      const swapped = swap(value, placeholder, nonce)
      if (swapped !== value) response.setHeader(name, swapped!)
    }
    for (const name of Object.keys(headers ?? {})) headers![name] = swap(headers![name], placeholder, nonce)
    const type = headers?.['content-type'] ?? headers?.['Content-Type'] ?? response.getHeader('content-type')
    // A document is scanned whatever its policy says (the admin's own nonce, a locked-down policy),
    // so that the placeholder leaves in no body.
    replacer = CARRIES_SCRIPTS.test(String(type ?? '')) ? streamReplacer(placeholder, nonce) : null
  }

  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
  response.writeHead = (statusCode: number, ...rest: unknown[]) => {
    const headers = rest.find(
      (arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg),
    )
    decide(headers)
    return writeHead(statusCode, ...rest)
  }

  const write = response.write.bind(response) as (...args: unknown[]) => boolean
  response.write = ((...args: unknown[]) => {
    decide()
    const { chunk, encoding, callback } = writeArgs(args)
    if (!replacer || chunk === undefined || chunk === null) return write(...args)
    return write(replacer.push(toBuffer(chunk, encoding)), callback)
  }) as ServerResponse['write']

  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
  response.end = ((...args: unknown[]) => {
    decide()
    if (!replacer) return end(...args)
    const { chunk, encoding, callback } = writeArgs(args)
    const last = chunk === undefined || chunk === null ? Buffer.alloc(0) : replacer.push(toBuffer(chunk, encoding))
    return end(Buffer.concat([last, replacer.flush()]), callback)
  }) as ServerResponse['end']
}
