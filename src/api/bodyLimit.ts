// Payload reads a JSON body whole before anything checks who sent it or what it holds: measured
// here, a 50 MB body kept one request busy for 40 s and grew the process by 220 MB before the
// answer (a 400 for the over-long field) — by anyone, signed in or not. Documents are text and
// rich text; 4 MB of JSON is far beyond any analysis. Files go as multipart, which Payload limits
// itself (upload.limits.fileSize answers 413 once a file passes it), but only for the part it is
// given: Next hands a route no more of a body than `proxyClientMaxBodySize` (next.config.mjs) and
// silently cuts the rest, so a larger upload reached Payload as a truncated form ("Unexpected end
// of form", a 500). A multipart body that says it is longer than a file at the limit and its form
// fields is refused here with 413 first.

import { MAX_UPLOAD_BYTES } from '../config/uploads'

export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024

/** A file at the upload limit with its form fields (alt text, caption, boundaries). next.config.mjs lets more through. */
export const MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

const megabytes = (bytes: number) => bytes / 1024 / 1024

const tooLarge = (message: string) => Response.json({ errors: [{ message }] }, { status: 413 })

const jsonTooLarge = () =>
  tooLarge(
    `The request body is larger than ${megabytes(MAX_JSON_BODY_BYTES)} MB. Send documents as JSON of at most that size, and files as multipart form data.`,
  )

const uploadTooLarge = () =>
  tooLarge(`The upload is larger than ${megabytes(MAX_UPLOAD_BYTES)} MB. Send an image of at most that size.`)

/** The body, read up to `limit` bytes; null as soon as it is longer. Shared with the admin import. */
export async function readCapped(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const whole = new Uint8Array(new ArrayBuffer(size))
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return whole
}

/**
 * Answers 413 for a body over its limit: a JSON (or any non-multipart) body whether it declares its
 * length or not, a multipart body by its declared length (Payload limits each file as it streams).
 */
export const limitBody =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const length = Number(request.headers.get('content-length') ?? 0)
    if ((request.headers.get('content-type') ?? '').includes('multipart/')) {
      return length > MAX_MULTIPART_BYTES ? uploadTooLarge() : handler(request, ...rest)
    }
    if (length > MAX_JSON_BODY_BYTES) return jsonTooLarge()
    const body = await readCapped(request.body, MAX_JSON_BODY_BYTES)
    if (!body) return jsonTooLarge()
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body }), ...rest)
  }
