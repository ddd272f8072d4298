import type { Where } from 'payload'

import type { Essay, Film, Genre, Symbol, Theme } from '@/payload-types'

import { FILM_SORTS, type FilmFilters } from '../filmsQuery'
import { payloadClient } from '../payload'
import { collectionTag, documentTag } from '../tags'
import { countFilmsBy, type FacetCounts } from './filmCounts'
import { FILM_CARD_SELECT, toFilmCard, type FilmCard, type FilmRef, type TermLink } from './shapes'
import { asViewer } from './viewer'

const FILM_LIST_TAGS = [collectionTag('films'), collectionTag('media')]

export const FILMS_PER_PAGE = 12

export type FilmListResult = { films: FilmCard[]; page: number; totalPages: number; totalDocs: number }

async function idOfSlug(collection: 'genres' | 'themes', slug: string): Promise<string | number | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
  })
  return docs[0]?.id ?? null
}

/** Published films, filtered and sorted as the /films page's links ask. Unknown filters match nothing. */
export function listFilms(filters: FilmFilters = {}): Promise<FilmListResult> {
  const { genre, theme, country, decade, sort = 'title', page = 1 } = filters
  return asViewer(
    ['films:list', JSON.stringify(filters)],
    [...FILM_LIST_TAGS, collectionTag('genres'), collectionTag('themes')],
    async (access) => {
      const payload = await payloadClient()
      const and: Where[] = []
      for (const [collection, slug] of [
        ['genres', genre],
        ['themes', theme],
      ] as const) {
        if (!slug) continue
        const id = await idOfSlug(collection, slug)
        if (id === null) return { films: [], page: 1, totalPages: 0, totalDocs: 0 }
        and.push({ [collection]: { in: [id] } })
      }
      if (country) and.push({ country: { equals: country } })
      if (decade)
        and.push({
          releaseDate: {
            greater_than_equal: `${decade}-01-01T00:00:00.000Z`,
            less_than: `${decade + 10}-01-01T00:00:00.000Z`,
          },
        })
      const result = await payload.find({
        collection: 'films',
        ...access,
        where: and.length ? { and } : undefined,
        sort: FILM_SORTS[sort].sort,
        limit: FILMS_PER_PAGE,
        page,
        depth: 1,
        select: FILM_CARD_SELECT,
      })
      return {
        films: result.docs.map(toFilmCard),
        page: result.page ?? 1,
        totalPages: result.totalPages,
        totalDocs: result.totalDocs,
      }
    },
  )
}

export type FilmFacets = {
  genres: TermLink[]
  themes: TermLink[]
  countries: { name: string; count: number }[]
  decades: { decade: number; count: number }[]
}

type Term = Pick<Genre | Theme, 'id' | 'name' | 'slug'>

const termLinks = (terms: Term[], counts: FacetCounts): TermLink[] =>
  terms
    .map((t) => ({ id: t.id, name: t.name, slug: t.slug, count: counts.get(String(t.id)) ?? 0 }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))

/** What the published films can be filtered by, with how many films each choice gives. */
export function getFilmFacets(): Promise<FilmFacets> {
  return asViewer(
    ['films:facets'],
    [...FILM_LIST_TAGS, collectionTag('genres'), collectionTag('themes')],
    async (access) => {
      const payload = await payloadClient()
      const terms = (collection: 'genres' | 'themes') =>
        payload.find({ collection, ...access, pagination: false, depth: 0, select: { name: true, slug: true } })
      const [genres, themes, genreCounts, themeCounts, countries, decades] = await Promise.all([
        terms('genres'),
        terms('themes'),
        countFilmsBy(payload, access, 'genres'),
        countFilmsBy(payload, access, 'themes'),
        countFilmsBy(payload, access, 'country'),
        countFilmsBy(payload, access, 'decade'),
      ])
      return {
        genres: termLinks(genres.docs, genreCounts),
        themes: termLinks(themes.docs, themeCounts),
        countries: [...countries]
          .map(([name, count]) => ({ name, count }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        decades: [...decades]
          .map(([decade, count]) => ({ decade: Number(decade), count }))
          .sort((a, b) => b.decade - a.decade),
      }
    },
  )
}

/** What the header, facts and structured data show of a film's people and terms. */
const FILM_HEADER_POPULATE = {
  people: { name: true, slug: true, originalName: true },
  genres: { name: true, slug: true },
  themes: { name: true, slug: true },
} as const

/** One published film with everything its header shows populated. */
export function getFilm(slug: string): Promise<Film | null> {
  return asViewer(
    ['film', slug],
    [
      documentTag('films', slug),
      collectionTag('people'),
      collectionTag('genres'),
      collectionTag('themes'),
      collectionTag('media'),
    ],
    async (access) => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'films',
        ...access,
        where: { slug: { equals: slug } },
        depth: 1,
        limit: 1,
        joins: false,
        populate: FILM_HEADER_POPULATE,
      })
      return docs[0] ?? null
    },
  )
}

export type EssayBody = Pick<Essay, 'id' | 'title' | 'slug' | 'kind' | 'body' | 'order' | 'publishedAt'>
export type FilmAnalysis = {
  symbols: Symbol[]
  questions: EssayBody[]
  coreMeaning: EssayBody | null
  essays: EssayBody[]
}

/** The symbols and essays of one film, in their editorial order. */
export function getFilmAnalysis(filmId: Film['id']): Promise<FilmAnalysis> {
  return asViewer(
    ['film:analysis', String(filmId)],
    [collectionTag('symbols'), collectionTag('essays'), collectionTag('media')],
    async (access) => {
      const payload = await payloadClient()
      const [symbols, essays] = await Promise.all([
        payload.find({
          collection: 'symbols',
          ...access,
          where: { film: { equals: filmId } },
          depth: 1,
          pagination: false,
          sort: 'order',
          // The film is the page's own: each symbol needs only its slug, not the whole film again.
          populate: { films: { slug: true } },
        }),
        payload.find({
          collection: 'essays',
          ...access,
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
    },
  )
}

export type SymbolPage = {
  film: FilmRef
  symbol: Symbol
  previous: Pick<Symbol, 'name' | 'slug'> | null
  next: Pick<Symbol, 'name' | 'slug'> | null
}

/** One symbol of a published film, with its neighbours in the film's order. */
export function getSymbolPage(filmSlug: string, symbolSlug: string): Promise<SymbolPage | null> {
  return asViewer(
    ['symbol', filmSlug, symbolSlug],
    [documentTag('films', filmSlug), collectionTag('symbols'), collectionTag('themes'), collectionTag('media')],
    async (access) => {
      const payload = await payloadClient()
      const film = (
        await payload.find({
          collection: 'films',
          ...access,
          where: { slug: { equals: filmSlug } },
          limit: 1,
          depth: 0,
          select: { title: true, slug: true },
        })
      ).docs[0]
      if (!film) return null
      const { docs } = await payload.find({
        collection: 'symbols',
        ...access,
        where: { film: { equals: film.id } },
        pagination: false,
        sort: 'order',
        depth: 1,
      })
      const index = docs.findIndex((s) => s.slug === symbolSlug)
      if (index < 0) return null
      const neighbour = (s: Symbol | undefined) => (s ? { name: s.name, slug: s.slug } : null)
      return {
        film: { id: film.id, title: film.title, slug: film.slug },
        symbol: docs[index]!,
        previous: neighbour(docs[index - 1]),
        next: neighbour(docs[index + 1]),
      }
    },
  )
}
