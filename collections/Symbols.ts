import type { CollectionConfig } from 'payload'

import { symbolAccess } from './access'
import { EDITORIAL_COLUMNS, editorialFields, editorialVersions } from './editorial'
import { slug } from './fields/slug'
import { themesField } from './fields/themes'
import { numberBetween } from './fields/validators'
import { revalidateHooks } from './hooks/revalidate'
import { previewButton } from './hooks/preview'

export const Symbols: CollectionConfig = {
  slug: 'symbols',
  labels: { singular: 'Symbol or motif', plural: 'Symbols & motifs' },
  admin: {
    preview: previewButton('symbols'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'film', ...EDITORIAL_COLUMNS, '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    group: 'Analyses',
  },
  hooks: revalidateHooks,
  access: symbolAccess,
  versions: editorialVersions,
  defaultSort: 'order',
  // A symbol's URL lives under its film, so its slug is unique per film, not globally.
  indexes: [{ fields: ['film', 'slug'], unique: true }],
  fields: [
    { name: 'name', type: 'text', required: true },
    slug({ from: 'name', unique: false }),
    ...editorialFields(),
    { name: 'film', type: 'relationship', relationTo: 'films', required: true, index: true },
    { name: 'meaning', type: 'richText', required: true },
    { name: 'context', type: 'richText' },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      validate: numberBetween({ min: 0, integer: true }),
      admin: { position: 'sidebar', description: 'Position within the film’s symbols.' },
    },
    themesField(),
  ],
}
