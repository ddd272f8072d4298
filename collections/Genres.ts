import type { CollectionConfig } from 'payload'

import { publishedFilmsField, taxonomyAccess, taxonomyFields, taxonomyVersions } from './fields/taxonomy'
import { recountOwnCount } from './hooks/publishedFilms'
import { revalidateHooks } from './hooks/revalidate'

export const Genres: CollectionConfig = {
  slug: 'genres',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: 'Taxonomy',
    listSearchableFields: ['name', 'slug'],
  },
  hooks: { ...revalidateHooks, afterChange: [...revalidateHooks.afterChange, recountOwnCount] },
  access: taxonomyAccess,
  versions: taxonomyVersions,
  fields: [...taxonomyFields(), publishedFilmsField()],
}
