import type { Essay, Film, Genre, Media, Person, User } from '@/payload-types'

import type { EssayBody, FilmAnalysis } from '../content/films'
import { populated, populatedList, type FilmRef } from '../content/shapes'
import { absoluteURL, paths } from '../urls'
import { mediaImage, SITE_NAME } from './metadata'

// schema.org descriptions of pages, rendered with <JsonLd>. Relationships the visitor cannot read
// arrive as bare ids and are left out rather than guessed at.

export type JsonLdObject = { [key: string]: unknown }

const CONTEXT = 'https://schema.org'

/** Leaves out what has nothing to say, so the output carries no nulls or empty lists. */
const compact = (object: JsonLdObject): JsonLdObject =>
  Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  )

/** ISO 8601 duration of a runtime in minutes: 127 → PT2H7M. */
export const isoDuration = (minutes: number | null | undefined): string | undefined => {
  if (!minutes || minutes <= 0) return undefined
  const h = Math.floor(minutes / 60)
  const m = minutes - h * 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`
}

// Release dates are calendar days stored at noon UTC, so the UTC day is the day.
const calendarDay = (iso: string | null | undefined): string | undefined => {
  const date = iso ? new Date(iso) : null
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined
}

const organization = () => ({ '@type': 'Organization', name: SITE_NAME, url: absoluteURL(paths.home()) })

const personRef = (person: Person) =>
  compact({
    '@type': 'Person',
    name: person.name,
    alternateName: person.originalName,
    url: absoluteURL(paths.person(person.slug)),
  })

const uniqueById = <T extends { id: unknown }>(docs: T[]): T[] => [
  ...new Map(docs.map((d) => [String(d.id), d])).values(),
]

const essayRef = (essay: EssayBody) =>
  compact({
    '@type': 'Article',
    headline: essay.title,
    url: absoluteURL(paths.essay(essay.slug)),
    datePublished: essay.publishedAt,
  })

export function movieJsonLd(film: Film, analysis: FilmAnalysis): JsonLdObject {
  const { score, votes } = film.rating ?? {}
  const essays = [...analysis.questions, ...(analysis.coreMeaning ? [analysis.coreMeaning] : []), ...analysis.essays]
  return compact({
    '@context': CONTEXT,
    '@type': 'Movie',
    name: film.title,
    alternateName: film.originalTitle && film.originalTitle !== film.title ? film.originalTitle : undefined,
    url: absoluteURL(paths.film(film.slug)),
    description: film.meta?.description || film.logline,
    datePublished: calendarDay(film.releaseDate),
    duration: isoDuration(film.runtimeMinutes),
    genre: populatedList<Genre>(film.genres).map((g) => g.name),
    director: populatedList<Person>(film.directors).map(personRef),
    actor: uniqueById(populatedList<Person>((film.cast ?? []).map((c) => c.person))).map(personRef),
    countryOfOrigin: film.country ? { '@type': 'Country', name: film.country } : undefined,
    inLanguage: film.originalLanguage,
    // Search engines reject an aggregate rating that does not say how many ratings it aggregates.
    aggregateRating:
      typeof score === 'number' && votes
        ? { '@type': 'AggregateRating', ratingValue: score, ratingCount: votes, bestRating: 10, worstRating: 0 }
        : undefined,
    image: mediaImage(populated<Media>(film.poster))?.url,
    // The film's essays are about it; they are not reviews, so they are not `review`.
    subjectOf: essays.map(essayRef),
  })
}

export function articleJsonLd(essay: Essay, films: FilmRef[]): JsonLdObject {
  const url = absoluteURL(paths.essay(essay.slug))
  const author = populated<User>(essay.author)
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    headline: essay.title,
    description: essay.meta?.description,
    url,
    mainEntityOfPage: url,
    datePublished: essay.publishedAt ?? essay.createdAt,
    dateModified: essay.updatedAt,
    about: films.map((film) => ({ '@type': 'Movie', name: film.title, url: absoluteURL(paths.film(film.slug)) })),
    author: author?.name ? { '@type': 'Person', name: author.name } : organization(),
    publisher: organization(),
    image: mediaImage(populated<Media>(essay.meta?.image))?.url,
  })
}
