import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields } from './fields/taxonomy'
import { revalidateHooks } from './hooks/revalidate'

export const Themes: CollectionConfig = {
  slug: 'themes',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'], group: 'Taxonomy' },
  hooks: revalidateHooks,
  access: taxonomyAccess,
  fields: [...taxonomyFields(), { name: 'description', type: 'textarea' }],
}
