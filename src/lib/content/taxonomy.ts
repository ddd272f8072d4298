import type { Genre, Person } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag, documentTag } from '../tags'
import {
  FILM_CARD_SELECT,
  populated,
  toFilmCard,
  type Credit,
  type FilmCard,
  type PersonPage,
  type ThemeSummary,
} from './shapes'
import { asViewer } from './viewer'

const FILM_TAGS = [collectionTag('films'), collectionTag('media')]

/** Every theme with the number of published films that carry it, the widest first. */
export function listThemes(): Promise<ThemeSummary[]> {
  return asViewer(['themes:list'], [collectionTag('themes'), collectionTag('films')], async (access) => {
    const payload = await payloadClient()
    const [themes, films] = await Promise.all([
      payload.find({
        collection: 'themes',
        ...access,
        pagination: false,
        depth: 0,
        select: { name: true, slug: true, description: true },
      }),
      payload.find({ collection: 'films', ...access, pagination: false, depth: 0, select: { themes: true } }),
    ])
    const counts = new Map<string, number>()
    for (const film of films.docs)
      for (const t of film.themes ?? [])
        counts.set(
          String(typeof t === 'object' ? t.id : t),
          (counts.get(String(typeof t === 'object' ? t.id : t)) ?? 0) + 1,
        )
    return themes.docs
      .map((t) => ({ ...t, description: t.description ?? null, filmCount: counts.get(String(t.id)) ?? 0 }))
      .sort((a, b) => b.filmCount - a.filmCount || a.name.localeCompare(b.name))
  })
}

export type GenrePage = { genre: Genre; films: FilmCard[] }

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
      pagination: false,
      sort: '-releaseDate',
      depth: 1,
      select: FILM_CARD_SELECT,
    })
    return { genre, films: films.docs.map(toFilmCard) }
  })
}

/** A person and their filmography among published films, with the roles they had in each. */
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
      pagination: false,
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
    return { person, credits }
  })
}
