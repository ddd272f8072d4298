import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Plugin } from 'payload'

import type { Search } from '@/payload-types'

import { anyone, hiddenUnlessAdmin, isAdmin } from '../../collections/access'
import { searchEngine } from '../lib/search'
import { withDerivedIndexOutsidePush } from '../lib/search/devPush'
import { paths } from '../lib/urls'
import { filmSlug, forgetFilm } from './filmLookups'
import { plainText as plain } from './plainText'
import { filmWorkIndexHooks, skipWorkOfHiddenFilms } from './searchVisibility'

// Payload's search plugin keeps one `search` document per published film, symbol, essay, theme
// and person (drafts are never indexed, nor the symbols and essays of a film that is not
// published: ./searchVisibility.ts), holding the plain text the site shows. It stays the source of
// truth because it already knows what is public and follows every write in its transaction; the
// database's full-text index (src/lib/search) is derived from its rows by the hooks below, in the
// same transaction, so what is searchable is exactly what the collection holds.

const joined = (...parts: unknown[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n')

const KINDS = { films: 'Film', symbols: 'Symbol', essays: 'Essay', themes: 'Theme', people: 'Person' } as const

/** The fields of an indexed document this reads; the plugin hands the document over untyped. */
type Indexed = { slug: string; name: string; film?: number | string | { id: number | string } } & Record<
  string,
  unknown
>

const describe: BeforeSync = async ({ collectionSlug, originalDoc, searchDoc, req }) => {
  const doc = originalDoc as Indexed
  const kind = KINDS[collectionSlug as keyof typeof KINDS]
  switch (collectionSlug) {
    case 'films':
      return {
        ...searchDoc,
        kind,
        url: paths.film(doc.slug),
        text: joined(doc.originalTitle, doc.tagline, doc.logline, doc.country),
      }
    case 'symbols': {
      const filmId = typeof doc.film === 'object' ? doc.film.id : doc.film!
      return {
        ...searchDoc,
        title: doc.name,
        kind,
        url: paths.symbol(await filmSlug(filmId, req), doc.slug),
        text: joined(plain(doc.meaning), plain(doc.context)),
      }
    }
    case 'essays':
      return { ...searchDoc, kind, url: paths.essay(doc.slug), text: plain(doc.body) }
    case 'themes':
      return { ...searchDoc, title: doc.name, kind, url: paths.theme(doc.slug), text: joined(doc.description) }
    default:
      return { ...searchDoc, title: doc.name, kind, url: paths.person(doc.slug), text: joined(doc.originalName) }
  }
}

const PRIORITIES = { films: 10, themes: 20, essays: 30, symbols: 40, people: 50 }

/** The whole index entry of a symbol or essay, as the plugin would write it. */
const entryOf = async (
  collection: 'symbols' | 'essays',
  doc: Record<string, unknown>,
  req: Parameters<BeforeSync>[0]['req'],
) => ({
  ...(await describe({
    collectionSlug: collection,
    originalDoc: doc,
    payload: req.payload,
    req,
    searchDoc: { doc: { relationTo: collection, value: doc.id as string }, title: doc.title as string },
  })),
  priority: PRIORITIES[collection],
})

/** Every written `search` row goes into the full-text index, in the transaction that wrote it. */
const indexRow: CollectionAfterChangeHook<Search> = async ({ doc, req }) => {
  await searchEngine(req.payload).write(req, { id: doc.id, title: doc.title ?? '', text: doc.text ?? '' })
  return doc
}

const unindexRow: CollectionAfterDeleteHook = async ({ id, req }) => {
  await searchEngine(req.payload).remove(req, id)
}

const plugin = searchPlugin({
  collections: Object.keys(KINDS),
  defaultPriorities: PRIORITIES,
  beforeSync: describe,
  skipSync: skipWorkOfHiddenFilms,
  searchOverrides: {
    // Internal: writers and editors never need it; admins may check or reindex it.
    admin: { group: 'Library', defaultColumns: ['title', 'kind', 'url'], hidden: hiddenUnlessAdmin },
    // Only published content is indexed; the plugin's hooks write it, admins may reindex.
    access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
    hooks: { afterChange: [indexRow], afterDelete: [unindexRow] },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'kind', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'url', type: 'text', admin: { readOnly: true } },
      { name: 'text', type: 'textarea', admin: { readOnly: true } },
    ],
  },
})

const { afterChange, beforeDelete } = filmWorkIndexHooks(entryOf)

/**
 * The search plugin, and the film hooks that keep its symbols and essays in line with the film
 * (and forget what the request had looked up of the film: ./filmLookups.ts, which ./seo.ts uses too).
 */
export const search: Plugin = (incoming) => {
  const config = plugin(incoming)
  return {
    ...config,
    db: withDerivedIndexOutsidePush(config.db),
    // A schema pushed in development has no full-text index: create and fill it on start.
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await searchEngine(payload).ensure(payload)
    },
    collections: config.collections?.map((collection) =>
      collection.slug === 'films'
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              // First, so that no hook after a film's change sees what was looked up before it.
              afterChange: [forgetFilm.afterChange, ...(collection.hooks?.afterChange ?? []), afterChange],
              beforeDelete: [...(collection.hooks?.beforeDelete ?? []), beforeDelete],
              afterDelete: [forgetFilm.afterDelete, ...(collection.hooks?.afterDelete ?? [])],
            },
          }
        : collection,
    ),
  }
}
