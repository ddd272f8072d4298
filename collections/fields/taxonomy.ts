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

/** Kept small: names and descriptions change rarely, but a wrong edit should be easy to undo. */
export const taxonomyVersions = { maxPerDoc: 20 } satisfies CollectionConfig['versions']

export const taxonomyFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, index: true },
  slug({ from: 'name' }),
]

/**
 * How many published films carry a theme or genre, kept by the database as films change
 * (src/lib/content/publishedFilmCounts.ts) and read by the visitor's facets. Nobody writes it through
 * Payload; it is public, as the facets show it. Indexed: the visitor's read takes the rows above 0.
 */
export const publishedFilmsField = (): Field => ({
  name: 'publishedFilms',
  type: 'number',
  defaultValue: 0,
  index: true,
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', description: 'Published films that carry it, counted as they change.' },
})
