// Payload reads a JSON body whole before anything checks who sent it or what it holds: measured
// here, a 50 MB body kept one request busy for 40 s and grew the process by 220 MB before the
// answer (a 400 for the over-long field) — by anyone, signed in or not. Documents are text and
// rich text; 4 MB of JSON is far beyond any analysis. Files go as multipart, which Payload limits
// itself (upload.limits.fileSize), so multipart bodies pass through untouched.

export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

const tooLarge = () =>
  Response.json(
    { errors: [{ message: `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB. Send documents as JSON of at most that size, and files as multipart form data.` }] },
    { status: 413 },
  )

/** The body, read up to `limit` bytes; null as soon as it is longer. Shared with the admin import. */
export async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
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

/** Answers 413 for a non-multipart body over the limit, whether it declares its length or not. */
export const limitJsonBody =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (request, ...rest) => {
    if (!request.body || (request.headers.get('content-type') ?? '').includes('multipart/')) return handler(request, ...rest)
    if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_BODY_BYTES) return tooLarge()
    const body = await readCapped(request.body, MAX_JSON_BODY_BYTES)
    if (!body) return tooLarge()
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body }), ...rest)
  }
