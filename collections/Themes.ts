import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields, taxonomyVersions } from './fields/taxonomy'
import { revalidateHooks } from './hooks/revalidate'

export const Themes: CollectionConfig = {
  slug: 'themes',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: 'Taxonomy',
    listSearchableFields: ['name', 'slug'],
  },
  hooks: revalidateHooks,
  access: taxonomyAccess,
  versions: taxonomyVersions,
  fields: [...taxonomyFields(), { name: 'description', type: 'textarea' }],
}
