import type { CollectionConfig } from 'payload'

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
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rejectUnknownFields, checkFieldValues, relationshipsExist, checkQueryArgs],
  },
})
