import type { Field, Plugin } from 'payload'

import { TEXT_MAX_LENGTH } from './validators'

// Gives every text and textarea field without a `maxLength` of its own its type's limit, in the
// admin (which shows and enforces it) and for Payload's validation. It runs as the last plugin, so
// the fields other plugins add (SEO titles and descriptions) are bounded too. The REST and GraphQL
// guard (src/api/input/fieldValues.ts) enforces the same limits on drafts, which Payload
// saves without validating.

const bound = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if ((field.type === 'text' || field.type === 'textarea') && field.maxLength === undefined) {
      return { ...field, maxLength: TEXT_MAX_LENGTH[field.type] }
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: bound(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: bound(block.fields) })) }
    if ('fields' in field) return { ...field, fields: bound(field.fields) }
    return field
  })

/** Bounds the text fields of every collection but `except` (collections only the server writes). */
export const boundTextFields =
  (except: string[]): Plugin =>
  (config) => ({
    ...config,
    collections: config.collections?.map((collection) =>
      except.includes(collection.slug) ? collection : { ...collection, fields: bound(collection.fields) },
    ),
  })
