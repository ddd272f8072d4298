import { readCapped } from '../../api/bodyLimit'
import { MAX_BODY_BYTES } from './limits'

/** A problem with the request itself, answered with `status` and `message` instead of a 500. */
export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** What is read of a request: Payload's request type makes every Request property optional. */
type Incoming = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

const tooLarge = (limit: number) =>
  new RequestProblem(
    413,
    `The upload is larger than ${Math.round(limit / 1024 / 1024)} MB. Import fewer or smaller files at a time.`,
  )

/**
 * The request body, refused as soon as it passes the limit. Hand-written because neither
 * Request.formData() nor Request.json() stops reading at a size: they would buffer whatever
 * a client sends before any check could run.
 */
export async function readLimitedBody(request: Incoming, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit)
  if (!request.body) return new Uint8Array()
  const body = await readCapped(request.body, limit)
  if (!body) throw tooLarge(limit)
  return body
}

/** The multipart form of a request, parsed by the platform's own parser once the size is known to be acceptable. */
export async function readLimitedForm(request: Incoming, limit = MAX_BODY_BYTES): Promise<FormData> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new RequestProblem(400, 'Send the files as multipart/form-data, in one or more fields named "files".')
  }
  const body = await readLimitedBody(request, limit)
  try {
    return await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    throw new RequestProblem(400, 'The multipart upload could not be read. Choose the files again and retry.')
  }
}

export async function readLimitedJSON(request: Incoming): Promise<unknown> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/json'))
    throw new RequestProblem(400, 'Send the import as application/json.')
  const text = new TextDecoder().decode(await readLimitedBody(request))
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new RequestProblem(400, 'The request body is not valid JSON.')
  }
}
