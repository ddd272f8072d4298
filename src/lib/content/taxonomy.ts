import type { Film, Genre, Person, Symbol, Theme } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag, documentTag } from '../tags'
import { ESSAY_CARD, toEssayCard } from './essays'
import { countFilmsBy } from './filmCounts'
import {
  FILM_CARD_SELECT,
  populated,
  toFilmCard,
  type Credit,
  type EssayCard,
  type FilmCard,
  type PersonPage,
  type SymbolCard,
  type ThemeSummary,
} from './shapes'
import { asViewer } from './viewer'

const FILM_TAGS = [collectionTag('films'), collectionTag('media')]

/** Every theme with the number of published films that carry it, the widest first. */
export function listThemes(): Promise<ThemeSummary[]> {
  return asViewer(['themes:list'], [collectionTag('themes'), collectionTag('films')], async (access) => {
    const payload = await payloadClient()
    const [themes, counts] = await Promise.all([
      payload.find({
        collection: 'themes',
        ...access,
        pagination: false,
        depth: 0,
        select: { name: true, slug: true, description: true },
      }),
      countFilmsBy(payload, access, 'themes'),
    ])
    return themes.docs
      .map((t) => ({ ...t, description: t.description ?? null, filmCount: counts.get(String(t.id)) ?? 0 }))
      .sort((a, b) => b.filmCount - a.filmCount || a.name.localeCompare(b.name))
  })
}

/**
 * How many films a theme, genre or person page lists, the rest being a link away: at ten thousand
 * films a genre carries thousands, and listing them all made the page's read grow with the catalogue.
 */
const TAXONOMY_PAGE_FILMS = 48
/** How many of a theme's symbols and essays its page lists. */
const THEME_PAGE_SYMBOLS = 60
const THEME_PAGE_ESSAYS = 24

export type ThemePage = {
  theme: Theme
  films: FilmCard[]
  /** How many published films carry the theme; `films` holds the first TAXONOMY_PAGE_FILMS. */
  totalFilms: number
  symbols: SymbolCard[]
  essays: EssayCard[]
}

/** A theme across films: its published films, symbols and essays, each list bounded. */
export function getThemePage(slug: string): Promise<ThemePage | null> {
  return asViewer(
    ['theme', slug],
    [documentTag('themes', slug), ...FILM_TAGS, collectionTag('symbols'), collectionTag('essays')],
    async (access) => {
      const payload = await payloadClient()
      const theme = (
        await payload.find({ collection: 'themes', ...access, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
      ).docs[0]
      if (!theme) return null
      const carries = { themes: { in: [theme.id] } }
      const [films, symbols, essays] = await Promise.all([
        payload.find({
          collection: 'films',
          ...access,
          where: carries,
          limit: TAXONOMY_PAGE_FILMS,
          sort: 'title',
          depth: 1,
          select: FILM_CARD_SELECT,
        }),
        payload.find({
          collection: 'symbols',
          ...access,
          where: carries,
          limit: THEME_PAGE_SYMBOLS,
          pagination: false,
          sort: 'id',
          depth: 1,
          select: { name: true, slug: true, order: true, film: true },
          populate: { films: { title: true, slug: true } },
        }),
        payload.find({
          collection: 'essays',
          ...access,
          where: carries,
          limit: THEME_PAGE_ESSAYS,
          pagination: false,
          sort: '-publishedAt',
          depth: 1,
          ...ESSAY_CARD,
        }),
      ])
      return {
        theme,
        films: films.docs.map(toFilmCard),
        totalFilms: films.totalDocs,
        symbols: symbols.docs.map((s: Pick<Symbol, 'id' | 'name' | 'slug' | 'order' | 'film'>) => {
          const film = populated<Film>(s.film)
          return {
            id: s.id,
            name: s.name,
            slug: s.slug,
            order: s.order,
            film: film ? { id: film.id, title: film.title, slug: film.slug } : null,
          }
        }),
        essays: essays.docs.map(toEssayCard),
      }
    },
  )
}

export type GenrePage = {
  genre: Genre
  films: FilmCard[]
  /** How many published films have the genre; `films` holds the newest TAXONOMY_PAGE_FILMS. */
  totalFilms: number
}

export function getGenrePage(slug: string): Promise<GenrePage | null> {
  return asViewer(['genre', slug], [documentTag('genres', slug), ...FILM_TAGS], async (access) => {
    const payload = await payloadClient()
    const genre = (
      await payload.find({ collection: 'genres', ...access, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    ).docs[0]
    if (!genre) return null
    const films = await payload.find({
      collection: 'films',
      ...access,
      where: { genres: { in: [genre.id] } },
      limit: TAXONOMY_PAGE_FILMS,
      sort: '-releaseDate',
      depth: 1,
      select: FILM_CARD_SELECT,
    })
    return { genre, films: films.docs.map(toFilmCard), totalFilms: films.totalDocs }
  })
}

/** A person and their newest published films, with the roles they had in each. */
export function getPersonPage(slug: string): Promise<PersonPage | null> {
  return asViewer(['person', slug], [documentTag('people', slug), ...FILM_TAGS], async (access) => {
    const payload = await payloadClient()
    const person = (
      await payload.find({ collection: 'people', ...access, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    ).docs[0]
    if (!person) return null
    const films = await payload.find({
      collection: 'films',
      ...access,
      where: { or: [{ directors: { in: [person.id] } }, { 'cast.person': { equals: person.id } }] },
      limit: TAXONOMY_PAGE_FILMS,
      sort: '-releaseDate',
      depth: 1,
      select: { ...FILM_CARD_SELECT, directors: true, cast: true },
      populate: { people: { slug: true } },
    })
    const isPerson = (value: unknown) => String(populated<Person>(value)?.id ?? value) === String(person.id)
    const credits: Credit[] = films.docs.map((film) => {
      const roles: string[] = []
      if ((film.directors ?? []).some(isPerson)) roles.push('Director')
      for (const member of film.cast ?? [])
        if (isPerson(member.person)) roles.push(member.character ? `Cast (as ${member.character})` : 'Cast')
      return { film: toFilmCard(film), roles }
    })
    return { person, credits, totalCredits: films.totalDocs }
  })
}
