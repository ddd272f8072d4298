import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields, taxonomyVersions } from './fields/taxonomy'
import { revalidateHooks } from './hooks/revalidate'

export const Genres: CollectionConfig = {
  slug: 'genres',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: 'Taxonomy',
    listSearchableFields: ['name', 'slug'],
  },
  hooks: revalidateHooks,
  access: taxonomyAccess,
  versions: taxonomyVersions,
  fields: taxonomyFields(),
}
