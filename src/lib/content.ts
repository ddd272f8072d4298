import { cache } from 'react'

import type { Essay, Film, Symbol } from '@/payload-types'

import { payloadClient } from './payload'

// Every query a page makes lives here, and each runs as the visitor: access control is
// enforced (`overrideAccess: false`), so collections' `read` rules decide what is published.
const asVisitor = { overrideAccess: false } as const

export type FilmCard = Pick<Film, 'id' | 'title' | 'slug' | 'logline' | 'releaseDate' | 'originalTitle' | 'originalLanguage'>

export const listFilms = cache(async (): Promise<FilmCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'films',
    ...asVisitor,
    depth: 0,
    pagination: false,
    sort: 'title',
    select: { title: true, slug: true, logline: true, releaseDate: true, originalTitle: true, originalLanguage: true },
  })
  return docs
})

export const getFilm = cache(async (slug: string): Promise<Film | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'films',
    ...asVisitor,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    joins: false,
  })
  return docs[0] ?? null
})

export type EssayBody = Pick<Essay, 'id' | 'title' | 'slug' | 'kind' | 'body' | 'order' | 'publishedAt'>
export type FilmAnalysis = { symbols: Symbol[]; questions: EssayBody[]; coreMeaning: EssayBody | null; essays: EssayBody[] }

export const getFilmAnalysis = cache(async (filmId: Film['id']): Promise<FilmAnalysis> => {
  const payload = await payloadClient()
  const [symbols, essays] = await Promise.all([
    payload.find({ collection: 'symbols', ...asVisitor, where: { film: { equals: filmId } }, depth: 1, pagination: false, sort: 'order' }),
    payload.find({
      collection: 'essays',
      ...asVisitor,
      where: { films: { equals: filmId } },
      depth: 0,
      pagination: false,
      sort: 'order',
      select: { title: true, slug: true, kind: true, body: true, order: true, publishedAt: true },
    }),
  ])
  const byKind = (kind: Essay['kind']) => essays.docs.filter((essay) => essay.kind === kind)
  return {
    symbols: symbols.docs,
    questions: byKind('philosophical-question'),
    coreMeaning: byKind('core-meaning')[0] ?? null,
    essays: byKind('analysis'),
  }
})
