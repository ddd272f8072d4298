import type { CollectionConfig } from 'payload'

import { taxonomyAccess, taxonomyFields } from './fields/taxonomy'

export const Genres: CollectionConfig = {
  slug: 'genres',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Taxonomy' },
  access: taxonomyAccess,
  fields: taxonomyFields(),
}
