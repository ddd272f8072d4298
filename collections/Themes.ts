import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields } from './fields/taxonomy'

export const Themes: CollectionConfig = {
  slug: 'themes',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'], group: 'Taxonomy' },
  access: taxonomyAccess,
  fields: [...taxonomyFields(), { name: 'description', type: 'textarea' }],
}
