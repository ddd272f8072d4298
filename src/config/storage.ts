import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

// Where uploaded media live: the local `media/` directory by default (one machine), or an
// S3-compatible bucket when S3_BUCKET is set, so every instance of a cluster serves every upload
// (docs/deploy.md). Payload's own S3 adapter stores, serves and deletes the files; backup and
// restore read and remove them here.

export type S3Settings = { bucket: string; config: S3ClientConfig }

const truthy = (value: string | undefined) => value === '1' || value === 'true'

/** The bucket from the environment, or null for local storage. */
export function s3Settings(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET
  if (!bucket) return null
  const keyId = env.S3_ACCESS_KEY_ID
  const secret = env.S3_SECRET_ACCESS_KEY
  if (Boolean(keyId) !== Boolean(secret))
    throw new Error(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the AWS default credentials).',
    )
  return {
    bucket,
    config: {
      // Without an endpoint the SDK talks to AWS S3 in this region; S3-compatible services
      // (R2, MinIO) ignore the region but the SDK requires one.
      region: env.S3_REGION || 'us-east-1',
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      ...(keyId && secret ? { credentials: { accessKeyId: keyId, secretAccessKey: secret } } : {}),
      // MinIO and most self-hosted servers address buckets by path, not by host name.
      forcePathStyle: truthy(env.S3_FORCE_PATH_STYLE),
    },
  }
}

const s3 = s3Settings()

/**
 * The adapter's fields (`prefix`, `_objectKey`) are in the schema whether or not a bucket is
 * configured, so one set of migrations fits both and a site can move its media to S3 later.
 */
export const mediaStorage: Plugin = s3Storage({
  enabled: s3 !== null,
  alwaysInsertFields: true,
  bucket: s3?.bucket ?? '',
  config: s3?.config ?? {},
  collections: { media: true },
})

/** The directory that holds uploads when no bucket is configured; null when they live in the bucket. */
export const localMediaDir = (staticDir: string): string | null => (s3 ? null : staticDir)

/**
 * Reads and removes stored files by name (an original or an image size), wherever they live. The
 * adapter keeps each file under its name (no prefix is configured), so the name is the key.
 */
export type MediaFiles = {
  where: string
  read(filename: string): Promise<Buffer>
  remove(filename: string): Promise<void>
}

let client: S3 | undefined

export function mediaFiles(staticDir: string): MediaFiles {
  if (!s3) {
    return {
      where: staticDir,
      read: (filename) => readFile(path.join(staticDir, filename)),
      remove: (filename) => rm(path.join(staticDir, filename), { force: true }),
    }
  }
  const s3Client = (client ??= new S3(s3.config))
  const { bucket } = s3
  return {
    where: `the bucket ${bucket}`,
    read: async (filename) => {
      const object = await s3Client.getObject({ Bucket: bucket, Key: filename })
      return Buffer.from(await object.Body!.transformToByteArray())
    },
    remove: async (filename) => {
      await s3Client.deleteObject({ Bucket: bucket, Key: filename })
    },
  }
}
