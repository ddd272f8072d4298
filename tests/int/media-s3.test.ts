import { existsSync } from 'node:fs'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startS3Server } from '../../deploy/cluster/s3server.mjs'
import { BACKUP_COLLECTIONS } from '../../src/backup/backupFile'
import { ROOT } from '../helpers/run'
import { apiClient } from './helpers/api'
import { makeUser, startPayload } from './helpers/payload'

// Media in an S3 bucket (S3_BUCKET, src/config/storage.ts), over the real S3 protocol: s3rver on a
// loopback port. Uploads, every image size, deletes and backup/restore go through the bucket and
// never touch media/.

type Route = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let s3: Awaited<ReturnType<typeof startS3Server>>
let payload: Payload
let bucket: S3
let token = ''
let routes: Record<'GET' | 'POST' | 'DELETE', Route>

beforeAll(async () => {
  s3 = await startS3Server()
  // Before the Payload config is first imported: it reads S3_* once.
  Object.assign(process.env, s3.env)
  payload = await startPayload()
  bucket = new S3({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.env.S3_ACCESS_KEY_ID, secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY },
  })
  const editor = await makeUser(payload, 'editor')
  token = await (await apiClient(payload)).token(editor.email)
  routes = await import('../../src/app/(payload)/api/[...slug]/route')
}, 120_000)

afterAll(async () => {
  for (const key of Object.keys(s3.env)) delete process.env[key]
  await s3.stop()
})

const call = (method: keyof typeof routes, pathname: string, body?: FormData) =>
  routes[method](
    new Request(`http://localhost:3000/api${pathname}`, {
      method,
      headers: { authorization: `JWT ${token}` },
      body,
    }),
    { params: Promise.resolve({ slug: pathname.split('/').filter(Boolean).map(decodeURIComponent) }) },
  )

const objects = async (): Promise<string[]> =>
  ((await bucket.listObjectsV2({ Bucket: s3.bucket })).Contents ?? []).map((o) => o.Key!).sort()

const objectBytes = async (key: string): Promise<Buffer> =>
  Buffer.from(await (await bucket.getObject({ Bucket: s3.bucket, Key: key })).Body!.transformToByteArray())

type Uploaded = { id: number | string; filename: string; sizes: Record<string, { filename: string; width: number }> }

async function upload(name: string): Promise<Uploaded> {
  const png = await sharp({ create: { width: 2000, height: 1300, channels: 3, background: { r: 20, g: 90, b: 60 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `Uploaded ${name}` }))
  const response = await call('POST', '/media', form)
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: Uploaded }).doc
}

const filesOf = (doc: Uploaded): string[] => [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename)].sort()

describe('media on S3', () => {
  it('stores an upload and each of its image sizes in the bucket, serves them, and deletes them with the document', async () => {
    const doc = await upload('s3-poster.png')
    expect(Object.values(doc.sizes).map((s) => s.width)).toEqual([320, 640, 1600])
    const keys = filesOf(doc)
    expect(await objects()).toEqual(keys)
    // Nothing on this machine's disk: another instance reads the same bucket.
    for (const key of keys) expect(existsSync(path.join(ROOT, 'media', key))).toBe(false)

    for (const key of keys) {
      const served = await call('GET', `/media/file/${key}`)
      expect(served.status, key).toBe(200)
      expect(Buffer.from(await served.arrayBuffer()).equals(await objectBytes(key)), key).toBe(true)
    }
    expect((await call('GET', '/media/file/not-an-upload.png')).status).toBe(404)

    expect((await call('DELETE', `/media/${doc.id}`)).status).toBe(200)
    expect(await objects()).toEqual([])
    expect((await call('GET', `/media/file/${doc.filename}`)).status).toBe(404)
  })

  it('backs up the objects and restores them into the bucket, with every size', async () => {
    const { createBackup } = await import('../../src/backup/backup')
    const { restoreBackup } = await import('../../src/backup/restore')
    const doc = await upload('s3-backup.png')
    const original = await objectBytes(doc.filename)
    const backup = await createBackup(payload)
    expect(Buffer.from(backup.files[String(doc.id)]!.base64, 'base64').equals(original)).toBe(true)

    for (const collection of [...BACKUP_COLLECTIONS].reverse())
      await payload.delete({ collection, where: { id: { exists: true } } })
    expect(await objects()).toEqual([])

    const report = await restoreBackup(payload, backup)
    expect(report.files).toBe(1)
    const restored = (await payload.find({ collection: 'media', depth: 0 })).docs[0] as unknown as Uploaded
    expect(await objects()).toEqual(filesOf(restored))
    expect((await objectBytes(restored.filename)).equals(original)).toBe(true)
    for (const key of filesOf(restored)) expect((await call('GET', `/media/file/${key}`)).status, key).toBe(200)
  })
})
