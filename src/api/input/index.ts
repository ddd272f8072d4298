import type { CollectionConfig, Plugin } from 'payload'

import { checkFieldValues } from './fieldValues'
import { checkQueryArgs } from './queryArgs'
import { rejectUnknownFields } from './rejectUnknownFields'
import { relationshipsExist } from './relationshipsExist'

/**
 * Guards a collection against malformed REST and GraphQL input, so a client mistake is a 4xx that
 * says what to fix and never a 500 or a silently dropped value. The Local API is not affected.
 */
export const guardApiInput = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      rejectUnknownFields,
      checkFieldValues,
      relationshipsExist,
      checkQueryArgs,
    ],
  },
})

/**
 * Guards every collection, those plugins add included (the search index answered a malformed id
 * with a 500): it runs as the last plugin. Payload's own collections (payload-preferences and the
 * like) are added after the plugins and are not touched.
 */
export const guardApiInputs: Plugin = (config) => ({ ...config, collections: config.collections?.map(guardApiInput) })
