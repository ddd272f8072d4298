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

export const taxonomyFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, index: true },
  slug({ from: 'name' }),
]
