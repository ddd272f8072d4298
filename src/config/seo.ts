import { seoPlugin } from '@payloadcms/plugin-seo'
import { OverviewField } from '@payloadcms/plugin-seo/fields'
import type { CollectionBeforeChangeHook, Field, PayloadRequest, Plugin } from 'payload'

import { publicPath } from '../lib/publicPath'
import { filmDraftTitle } from './filmLookups'
import { absoluteURL } from '../lib/urls'
import { plainText } from './plainText'

// Payload's SEO plugin gives editors a `meta` group (title, description, image) on each public
// document. Its generators fill it from the content, as the pages would fall back to it: the
// title, the logline or meaning, the poster, and the document's real public URL for the preview.

type Doc = Record<string, unknown> & { id?: number | string }
type Collection = 'films' | 'symbols' | 'essays' | 'themes' | 'people'

/** Search engines show about 150 characters of a description. */
const DESCRIPTION_MAX = 150

/** `text` cut at a word boundary to fit the description search engines show. */
export const excerpt = (text: string, max = DESCRIPTION_MAX): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`
}

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined)

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * The title of a symbol's film (its page's title names the film). Collection hooks run before the
 * fields are validated: an id that names no film is left for validation to answer with a 400.
 */
async function filmTitle(film: unknown, req: PayloadRequest): Promise<string> {
  const id = idOf(film)
  if (id === undefined || id === null || id === '') return ''
  try {
    return await filmDraftTitle(id, req)
  } catch {
    return ''
  }
}

/** The title a page shows, as the pages fall back to it. */
async function titleOf(collection: Collection, doc: Doc, req: PayloadRequest): Promise<string> {
  if (collection === 'symbols') {
    const film = await filmTitle(doc.film, req)
    return film && text(doc.name) ? `${text(doc.name)} in ${film}` : text(doc.name)
  }
  return text(doc.title) || text(doc.name)
}

function descriptionOf(collection: Collection, doc: Doc): string {
  const source = {
    films: () => text(doc.logline),
    symbols: () => plainText(doc.meaning),
    essays: () => plainText(doc.body),
    themes: () => text(doc.description),
    people: () => '',
  }[collection]()
  return excerpt(source)
}

/**
 * A document's own image only: one taken from another document (an essay's film's poster) would be
 * filled in at a later write, such as a restore, that the other document's change never made.
 */
function imageOf(collection: Collection, doc: Doc): number | string | undefined {
  if (collection === 'films') return idOf(doc.poster)
  if (collection === 'symbols') return idOf(doc.image)
  return undefined
}

const urlOf = async (collection: Collection, doc: Doc, req: PayloadRequest): Promise<string> => {
  const path = await publicPath(collection, doc as Parameters<typeof publicPath>[1], req.payload)
  return path ? absoluteURL(path) : ''
}

type Generated = { title: string; description: string; image: number | string | undefined }

const generated = async (collection: Collection, doc: Doc, req: PayloadRequest): Promise<Generated> => ({
  title: await titleOf(collection, doc, req),
  description: descriptionOf(collection, doc),
  image: imageOf(collection, doc),
})

const same = (a: unknown, b: unknown): boolean => String(idOf(a) ?? '') === String(idOf(b) ?? '')

/**
 * Fills each meta field that is empty, or still holds what was generated from the document as it
 * was (so a changed logline or poster carries over), and keeps what an editor wrote. As a hook it
 * covers every write path: the admin, the importer, the API and restores.
 */
const fillMeta =
  (collection: Collection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const before = originalDoc as Doc | undefined
    const meta = { ...(before?.meta as Doc | undefined), ...(data.meta as Doc | undefined) }
    const now = await generated(collection, { ...before, ...data }, req)
    const was = before ? await generated(collection, before, req) : undefined
    for (const key of ['title', 'description', 'image'] as const) {
      const current = meta[key]
      if (current === undefined || current === null || current === '' || (was && same(current, was[key])))
        meta[key] = now[key] || null
    }
    return { ...data, meta }
  }

/**
 * The overview counts a title as passing from 50 characters, but a film's own title is often short
 * ("Up") and is what its page shows: any title counts, and the title field's own length hint
 * still shows how much room search engines would give it.
 */
const TITLE_LENGTH = { minLength: 1 }

const plugin = seoPlugin({
  collections: ['films', 'symbols', 'essays', 'themes', 'people'],
  uploadsCollection: 'media',
  tabbedUI: false,
  fields: ({ defaultFields }): Field[] =>
    defaultFields.map((field) =>
      'name' in field && field.name === 'overview' ? OverviewField({ titleOverrides: TITLE_LENGTH }) : field,
    ),
  generateTitle: ({ collectionConfig, doc, req }) => titleOf(collectionConfig?.slug as Collection, doc as Doc, req),
  generateDescription: ({ collectionConfig, doc }) => descriptionOf(collectionConfig?.slug as Collection, doc as Doc),
  generateImage: ({ collectionConfig, doc }) => imageOf(collectionConfig?.slug as Collection, doc as Doc) ?? '',
  generateURL: ({ collectionConfig, doc, req }) => urlOf(collectionConfig?.slug as Collection, doc as Doc, req),
})

/** The analyses get their meta filled on every write; themes and people keep their pages' live fallbacks. */
const FILLED: readonly string[] = ['films', 'symbols', 'essays'] satisfies Collection[]

/** The SEO plugin, with the hook that fills the analyses' meta from their content. */
export const seo: Plugin = (incoming) => {
  const config = plugin(incoming)
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      FILLED.includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeChange: [...(collection.hooks?.beforeChange ?? []), fillMeta(collection.slug as Collection)],
            },
          }
        : collection,
    ),
  }
}
