import type { CollectionConfig } from 'payload'

import { editorialAccess } from './access'
import { EDITORIAL_COLUMNS, editorialFields, editorialVersions } from './editorial'
import { slug } from './fields/slug'
import { themesField } from './fields/themes'
import { currencyCode, languageCode, numberBetween } from './fields/validators'
import { revalidateHooks } from './hooks/revalidate'
import { filmVisibleHooks } from './hooks/visible'
import { previewButton } from './hooks/preview'
import { publishedFilmsHooks } from './hooks/publishedFilms'

export const Films: CollectionConfig = {
  slug: 'films',
  admin: {
    preview: previewButton('films'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'releaseDate', ...EDITORIAL_COLUMNS, '_status', 'updatedAt'],
    listSearchableFields: ['title', 'originalTitle', 'slug'],
    group: 'Analyses',
  },
  hooks: {
    beforeChange: publishedFilmsHooks.beforeChange,
    beforeDelete: [...publishedFilmsHooks.beforeDelete, filmVisibleHooks.beforeDelete],
    afterChange: [...revalidateHooks.afterChange, ...publishedFilmsHooks.afterChange, filmVisibleHooks.afterChange],
    afterDelete: [...revalidateHooks.afterDelete, ...publishedFilmsHooks.afterDelete, filmVisibleHooks.afterDelete],
  },
  access: editorialAccess,
  versions: editorialVersions,
  // Payload breaks ties by createdAt: with both in one index, the films of a genre or a person
  // newest first are read in the index's order, not sorted from every match.
  indexes: [{ fields: ['releaseDate', 'createdAt'] }],
  defaultSort: 'title',
  fields: [
    { name: 'title', type: 'text', required: true, index: true },
    slug(),
    ...editorialFields(),
    { name: 'logline', type: 'textarea', admin: { description: 'One sentence that sells the analysis.' } },
    {
      type: 'row',
      fields: [
        { name: 'originalTitle', type: 'text', admin: { width: '60%' } },
        {
          name: 'originalLanguage',
          type: 'text',
          validate: languageCode,
          admin: { width: '40%', description: 'ISO 639 code of the original title, e.g. ko.' },
        },
      ],
    },
    { name: 'tagline', type: 'text' },
    {
      type: 'row',
      fields: [
        {
          name: 'releaseDate',
          type: 'date',
          // /films sorts by it (newest, oldest) and filters decades on it; genre and person pages sort by it.
          index: true,
          admin: { width: '34%', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
        // /films?country= filters on it.
        { name: 'country', type: 'text', index: true, admin: { width: '33%' } },
        {
          name: 'runtimeMinutes',
          label: 'Runtime (minutes)',
          type: 'number',
          validate: numberBetween({ min: 1, max: 1000, integer: true }),
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'rating',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            // /films?sort=-rating sorts by it.
            {
              name: 'score',
              type: 'number',
              index: true,
              validate: numberBetween({ min: 0, max: 10 }),
              admin: { step: 0.1 },
            },
            { name: 'votes', type: 'number', validate: numberBetween({ min: 0, integer: true }) },
          ],
        },
      ],
    },
    { name: 'directors', type: 'relationship', relationTo: 'people', hasMany: true },
    {
      name: 'cast',
      type: 'array',
      admin: {
        description: 'In billing order.',
        initCollapsed: true,
        components: { RowLabel: '/src/components/admin/film/CastRowLabel#CastRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'person', type: 'relationship', relationTo: 'people', required: true },
            { name: 'character', type: 'text' },
          ],
        },
      ],
    },
    { name: 'genres', type: 'relationship', relationTo: 'genres', hasMany: true, admin: { position: 'sidebar' } },
    themesField(),
    {
      name: 'boxOffice',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              type: 'number',
              validate: numberBetween({ min: 0, integer: true }),
              admin: { description: 'Whole units of the currency.' },
            },
            { name: 'currency', type: 'text', validate: currencyCode, admin: { placeholder: 'USD' } },
          ],
        },
      ],
    },
    { name: 'poster', type: 'upload', relationTo: 'media', admin: { position: 'sidebar' } },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Show at the top of the home page.' },
    },
    {
      name: 'symbols',
      type: 'join',
      collection: 'symbols',
      on: 'film',
      defaultSort: 'order',
      admin: { defaultColumns: ['name', 'order', 'review', '_status'] },
    },
    {
      name: 'essays',
      type: 'join',
      collection: 'essays',
      on: 'films',
      defaultSort: 'order',
      admin: { defaultColumns: ['title', 'kind', 'review', '_status'] },
    },
  ],
}
