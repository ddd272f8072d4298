import { createHash, createHmac } from 'node:crypto'

// The HMAC-derived shared values of the serving contract, recomputed here because the benchmark
// runs as plain Node and cannot import the app's TypeScript; each is one line and its message is
// fixed by src/lib/revalidate.ts.

/** Payload's own secret, derived from PAYLOAD_SECRET as Payload derives it (payload/dist/index.js). */
const payloadDerivedSecret = (payloadSecret) => createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32)

/**
 * The bearer token POST /revalidate accepts: src/lib/revalidate.ts's `revalidationToken(secret)`
 * of the derived secret the route reads from `payload.secret`.
 */
export const revalidationToken = (payloadSecret) =>
  createHmac('sha256', payloadDerivedSecret(payloadSecret)).update('subtext:revalidate').digest('hex')
