import { access } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, UploadConfig, Where } from 'payload'

// Payload serves anything in the upload directory when reading media is public (a stray
// `.gitkeep` answered 200), and answers a missing file with a 500. Only a file that belongs to a
// media document — its original or one of its image sizes — is served; anything else, or a
// document's file that is gone from the disk, is a 404.

type Handler = NonNullable<UploadConfig['handlers']>[number]

const notFound = () => Response.json({ errors: [{ message: 'There is no such file.' }] }, { status: 404 })

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

const belongsToDocument = async (req: PayloadRequest, slug: string, filename: string): Promise<boolean> => {
  const collection = req.payload.collections[slug as 'media'].config
  const sizes = (collection.upload.imageSizes ?? []).map(({ name }): Where => ({
    [`sizes.${name}.filename`]: { equals: filename },
  }))
  const { totalDocs } = await req.payload.count({
    collection: slug as 'media',
    where: { or: [{ filename: { equals: filename } }, ...sizes] },
    req,
  })
  return totalDocs > 0
}

/**
 * An upload `handlers` entry: 404 unless the file is a media document's and is on the disk; else
 * Payload serves it. With `staticDir` null the files live in object storage, whose handler
 * (src/config/storage.ts) comes next and answers a missing object itself.
 */
export const serveOnlyDocumentFiles =
  (staticDir: string | null): Handler =>
  (req, { params: { collection, filename } }) =>
    // Payload's type takes a Promise of a Response or of nothing, not of either.
    (async () => {
      if (!(await belongsToDocument(req, collection, filename))) return notFound()
      if (staticDir !== null && !(await exists(path.join(staticDir, path.basename(filename))))) return notFound()
    })() as Promise<Response>
