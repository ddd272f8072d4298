import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields } from './fields/taxonomy'
import { revalidateHooks } from './hooks/revalidate'

export const Genres: CollectionConfig = {
  slug: 'genres',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Taxonomy' },
  hooks: revalidateHooks,
  access: taxonomyAccess,
  fields: taxonomyFields(),
}
