import type { CollectionSlug, GeneratePreviewURL } from 'payload'

import { previewURL, publicPath } from '../../src/lib/publicPath'

/** The admin's Preview button: opens the document's page in draft mode. */
export const previewButton =
  (collection: CollectionSlug): GeneratePreviewURL =>
  async (doc, { req }) => {
    const path = await publicPath(collection, doc, req.payload)
    return path ? previewURL(path) : null
  }
