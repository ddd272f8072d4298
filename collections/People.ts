import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields } from './fields/taxonomy'
import { revalidateHooks } from './hooks/revalidate'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'People' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'originalName', 'slug'], group: 'Taxonomy' },
  hooks: revalidateHooks,
  access: taxonomyAccess,
  fields: [
    ...taxonomyFields(),
    { name: 'originalName', type: 'text', admin: { description: 'The name in its original script, e.g. 류승룡.' } },
  ],
}
