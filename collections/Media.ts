import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { serveOnlyDocumentFiles } from '../src/api/mediaFiles'
import { localMediaDir } from '../src/config/storage'
import { anyone, isEditor, isWriter } from './access'
import { revalidateHooks } from './hooks/revalidate'

const mediaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../media')

const webp = { formatOptions: { format: 'webp' as const, options: { quality: 80 } } }

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Library' },
  hooks: revalidateHooks,
  access: { read: anyone, create: isWriter, update: isWriter, delete: isEditor },
  upload: {
    staticDir: mediaDir,
    handlers: [serveOnlyDocumentFiles(localMediaDir(mediaDir))],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, ...webp },
      { name: 'card', width: 640, ...webp },
      { name: 'large', width: 1600, withoutEnlargement: true, ...webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    { name: 'credit', type: 'text' },
  ],
}
