import type { Payload } from 'payload'

import { paths } from './urls'

type Doc = { slug?: string | null; film?: unknown }

/** The public page of a document, for the admin's Preview button and Live Preview. */
export async function publicPath(collection: string, doc: Doc, payload: Payload): Promise<string | null> {
  if (!doc.slug) return null
  switch (collection) {
    case 'films':
      return paths.film(doc.slug)
    case 'essays':
      return paths.essay(doc.slug)
    case 'themes':
      return paths.theme(doc.slug)
    case 'genres':
      return paths.genre(doc.slug)
    case 'people':
      return paths.person(doc.slug)
    case 'symbols': {
      const filmId = doc.film && typeof doc.film === 'object' ? (doc.film as { id: string | number }).id : doc.film
      if (filmId === null || filmId === undefined) return null
      const film = await payload.findByID({
        collection: 'films',
        id: filmId as string | number,
        depth: 0,
        select: { slug: true },
        draft: true,
      })
      return paths.symbol(film.slug, doc.slug)
    }
    default:
      return null
  }
}

/** Draft mode is switched on by /preview, which checks the editor's session first. */
export const previewURL = (path: string): string => `/preview?path=${encodeURIComponent(path)}`

// Control characters (a CR/LF, NUL) cannot go into a Location header: Headers.append throws (a 500).
const CONTROL = /[\u0000-\u001f\u007f]/

/** Only same-site paths that can be redirected to, so a preview link cannot send anyone elsewhere. */
export const sameSitePath = (value: string | null): string | null =>
  value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !CONTROL.test(value)
    ? value
    : null
