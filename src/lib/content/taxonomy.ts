import type { Payload, Where } from 'payload'

import type { Film, Genre, Person } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag, documentTag } from '../tags'
import { countFilmsBy, type FacetCounts } from './filmCounts'
import {
  FILM_CARD_SELECT,
  populated,
  toFilmCard,
  type Credit,
  type FilmCard,
  type PersonPage,
  type ThemeSummary,
} from './shapes'
import { isSqlAdapter, sql, sqlRows } from './sqlRows'
import { asViewer } from './viewer'

const FILM_TAGS = [collectionTag('films'), collectionTag('media')]

const THEME_TAGS = [collectionTag('themes'), collectionTag('films')]
const THEME_SELECT = { name: true, slug: true, description: true } as const

type ThemeRow = Pick<ThemeSummary, 'id' | 'name' | 'slug'> & { description?: string | null }

/** Themes with their counts, the widest first, ties by name. */
const byWidth = (themes: ThemeRow[], counts: FacetCounts): ThemeSummary[] =>
  themes
    .map((t) => ({ ...t, description: t.description ?? null, filmCount: counts.get(String(t.id)) ?? 0 }))
    .sort((a, b) => b.filmCount - a.filmCount || a.name.localeCompare(b.name))

/** Every theme with the number of published films that carry it, the widest first. */
export function listThemes(): Promise<ThemeSummary[]> {
  return asViewer(['themes:list'], THEME_TAGS, async (access) => {
    const payload = await payloadClient()
    const [themes, counts] = await Promise.all([
      payload.find({ collection: 'themes', ...access, pagination: false, depth: 0, select: THEME_SELECT }),
      countFilmsBy(payload, access, 'themes'),
    ])
    return byWidth(themes.docs, counts)
  })
}

/**
 * The `limit` themes carrying the most published films, the widest first (the home page's). Only
 * they are read, not every theme (2,000 at ten thousand films): those counted at least as many
 * films as the last place, so a tie there is still broken by name.
 */
export function listWidestThemes(limit: number): Promise<ThemeSummary[]> {
  return asViewer(['themes:widest', String(limit)], THEME_TAGS, async (access) => {
    const payload = await payloadClient()
    const counts = await countFilmsBy(payload, access, 'themes')
    const widths = [...counts.values()].sort((a, b) => b - a)
    const least = Math.max(1, widths[Math.min(limit, widths.length) - 1] ?? 1)
    const ids = [...counts].filter(([, n]) => n >= least).map(([id]) => id)
    if (!ids.length) return []
    const themes = await payload.find({
      collection: 'themes',
      ...access,
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      select: THEME_SELECT,
    })
    return byWidth(themes.docs, counts).slice(0, limit)
  })
}

/**
 * How many films a theme, genre or person page lists, the rest being a link away: at ten thousand
 * films a genre carries thousands, and listing them all made the page's read grow with the catalogue.
 */
const TAXONOMY_PAGE_FILMS = 48
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

/**
 * Which films credit a person, as a condition for the visitor's read of them. On the SQL adapters
 * the ids come from the index of each credit (directors in films_rels, cast in films_cast): the
 * Local API's OR over both joined every film to its credits, 130 ms of CPU at 10,000 films for a
 * person with three. The read that follows still applies the visitor's rule.
 */
async function creditedFilms(payload: Payload, person: Person['id']): Promise<Where> {
  if (!isSqlAdapter(payload)) return { or: [{ directors: { in: [person] } }, { 'cast.person': { equals: person } }] }
  const rows = await sqlRows<{ id: Film['id'] }>(
    payload,
    sql`SELECT parent_id AS id FROM films_rels WHERE path = 'directors' AND people_id = ${person}
      UNION SELECT _parent_id AS id FROM films_cast WHERE person_id = ${person}`,
  )
  return { id: { in: rows.map((r) => r.id) } }
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
      where: await creditedFilms(payload, person.id),
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
