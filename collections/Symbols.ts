import type { CollectionConfig, FieldHook } from 'payload'

import type { Symbol } from '@/payload-types'

import { symbolAccess } from './access'
import { EDITORIAL_COLUMNS, editorialFields, editorialVersions } from './editorial'
import { slug, toSlug } from './fields/slug'
import { themesField } from './fields/themes'
import { visibleField } from './fields/visible'
import { numberBetween } from './fields/validators'
import { revalidateHooks } from './hooks/revalidate'
import { keepVisible } from './hooks/visible'
import { previewButton } from './hooks/preview'

/**
 * The atlas groups symbols by exact motif, so it is kept in slug form (“Prison cell” and
 * “prison cell” are one motif) and never empty: a symbol no editor has placed stands for its own
 * slug, which already joins the same symbol across films. An update that leaves it out keeps it.
 */
const motifKey: FieldHook<Symbol, string | null | undefined> = ({ value, siblingData, originalDoc }) => {
  const slugOf = (siblingData as Partial<Symbol>).slug ?? originalDoc?.slug
  return toSlug(value) || (value === undefined ? originalDoc?.motif : null) || slugOf
}

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
  hooks: { ...revalidateHooks, afterChange: [...revalidateHooks.afterChange, keepVisible('symbols')] },
  access: symbolAccess,
  versions: editorialVersions,
  defaultSort: 'order',
  // A symbol's URL lives under its film, so its slug is unique per film, not globally.
  // The atlas (/symbols) pages through symbols by motif and name, keeping those a visitor may read:
  // this index gives that order and holds the status and film the read rule tests, so a page reads
  // the index alone instead of sorting every symbol (79 → 2 ms at 60,000 symbols on SQLite).
  // The third holds a film's symbols by status (a film page's). The counts of every symbol a
  // visitor may read (the atlas's total, the sitemap) are one range of the index of the kept
  // `visible` (its field below), with no film read.
  indexes: [
    { fields: ['film', 'slug'], unique: true },
    { fields: ['motif', 'name', '_status', 'film'] },
    { fields: ['film', '_status'] },
  ],
  fields: [
    { name: 'name', type: 'text', required: true },
    slug({ from: 'name', unique: false }),
    ...editorialFields(),
    { name: 'film', type: 'relationship', relationTo: 'films', required: true, index: true },
    { name: 'meaning', type: 'richText', required: true },
    { name: 'context', type: 'richText' },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'motif',
      type: 'text',
      // The symbol atlas (/symbols) lists symbols by motif, a page at a time.
      index: true,
      maxLength: 100,
      hooks: { beforeValidate: [motifKey] },
      admin: {
        position: 'sidebar',
        description:
          'The recurring motif this symbol is an instance of, e.g. “prison-cell”. Symbols of different films with the same motif are shown together in the symbol atlas. Left empty, it is the symbol’s slug.',
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      validate: numberBetween({ min: 0, integer: true }),
      admin: { position: 'sidebar', description: 'Position within the film’s symbols.' },
    },
    themesField(),
    { ...visibleField(), index: true },
  ],
}
