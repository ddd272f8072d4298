import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

// An S3-compatible server on this machine (s3rver, from npm), for the tests and `npm run cluster`.
// It speaks the S3 REST protocol with signature checks, so Payload's S3 adapter talks to it exactly
// as to a real bucket. It is a test double: docs/deploy.md says what it does not cover.

/** s3rver accepts requests signed with this key pair only. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/**
 * Starts s3rver on a free loopback port with one bucket, storing objects under `directory` (a new
 * temporary directory, removed by stop(), when none is given).
 * Returns the environment that points Subtext at it (src/config/storage.ts) and stop().
 */
export async function startS3Server({ bucket = 'subtext-media', directory } = {}) {
  const own = directory === undefined
  const dir = directory ?? mkdtempSync(path.join(tmpdir(), 'subtext-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    directory: dir,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      // s3rver predates the SDK's default checksums (aws-chunked uploads with trailing CRCs); like
      // many S3-compatible servers it needs them only when an operation requires them.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    },
    stop: async () => {
      await server.close()
      if (own) rmSync(dir, { recursive: true, force: true })
    },
  }
}
