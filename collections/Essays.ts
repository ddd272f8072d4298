import type { CollectionConfig } from 'payload'

import { essayAccess } from './access'
import { EDITORIAL_COLUMNS, editorialFields, editorialVersions } from './editorial'
import { slug } from './fields/slug'
import { themesField } from './fields/themes'
import { visibleField } from './fields/visible'
import { numberBetween } from './fields/validators'
import { revalidateHooks } from './hooks/revalidate'
import { keepVisible } from './hooks/visible'
import { previewButton } from './hooks/preview'

export const ESSAY_KINDS = [
  { label: 'Philosophical question', value: 'philosophical-question' },
  { label: 'Core meaning', value: 'core-meaning' },
  { label: 'Analysis', value: 'analysis' },
] as const

export const Essays: CollectionConfig = {
  slug: 'essays',
  admin: {
    preview: previewButton('essays'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'films', ...EDITORIAL_COLUMNS, '_status', 'publishedAt'],
    listSearchableFields: ['title', 'slug'],
    group: 'Analyses',
  },
  hooks: { ...revalidateHooks, afterChange: [...revalidateHooks.afterChange, keepVisible('essays')] },
  access: essayAccess,
  versions: editorialVersions,
  defaultSort: 'order',
  // Payload breaks ties by createdAt: with both in one index the newest essays (home, feed) are the
  // first entries of the index, not a sort of every essay.
  // The essay index (/essays) pages a visitor's essays by kind, newest first: the second index
  // holds all it tests and sorts by (123 → 41 ms for a page at 40,000 essays on SQLite). Its counts
  // by kind (and the sitemap's) are one range of the third, of the kept `visible` (its field below).
  indexes: [
    { fields: ['publishedAt', 'createdAt'] },
    { fields: ['_status', 'kind', 'publishedAt', 'title'] },
    { fields: ['visible', 'kind'] },
  ],
  fields: [
    { name: 'title', type: 'text', required: true },
    slug(),
    ...editorialFields(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'analysis',
      options: [...ESSAY_KINDS],
      admin: { position: 'sidebar' },
    },
    { name: 'films', type: 'relationship', relationTo: 'films', hasMany: true, required: true, index: true },
    { name: 'body', type: 'richText', required: true },
    themesField(),
    {
      name: 'publishedAt',
      type: 'date',
      // The home page, the feed and theme pages list essays newest first.
      index: true,
      admin: { position: 'sidebar', description: 'Set on first publish; editors may change it.' },
      hooks: {
        beforeChange: [
          ({ siblingData, value }: { siblingData: { _status?: string }; value?: string | null }) =>
            value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      validate: numberBetween({ min: 0, integer: true }),
      admin: { position: 'sidebar', description: 'Position among the film’s essays.' },
    },
    visibleField(),
  ],
}
