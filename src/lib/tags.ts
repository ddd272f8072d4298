import type { CollectionSlug } from 'payload'

// Cache tags: one source of truth shared by the queries that read content (src/lib/content) and
// the hooks that revalidate it (src/lib/revalidate.ts).
//  - `<collection>`: any page that lists or relates documents of that collection
//  - `<collection>:<slug>`: the page of one document

export const collectionTag = (collection: CollectionSlug): string => collection
export const documentTag = (collection: CollectionSlug, slug: string): string => `${collection}:${slug}`
