import type { CollectionConfig, Field } from 'payload'

import { anyone, isEditor, isWriter } from '../access'
import { slug } from './slug'

/** Themes, genres and people are public; writers may add to them, editors remove. */
export const taxonomyAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isWriter,
  update: isWriter,
  delete: isEditor,
}

/** Kept small: names and descriptions change rarely, but a wrong edit should be easy to undo. */
export const taxonomyVersions = { maxPerDoc: 20 } satisfies CollectionConfig['versions']

export const taxonomyFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, index: true },
  slug({ from: 'name' }),
]
