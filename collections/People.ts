import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields, taxonomyVersions } from './fields/taxonomy'
import { revalidateHooks } from './hooks/revalidate'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'People' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'originalName', 'slug'],
    group: 'Taxonomy',
    listSearchableFields: ['name', 'slug'],
  },
  hooks: revalidateHooks,
  access: taxonomyAccess,
  versions: taxonomyVersions,
  fields: [
    ...taxonomyFields(),
    { name: 'originalName', type: 'text', admin: { description: 'The name in its original script, e.g. 류승룡.' } },
  ],
}
