import type { Essay, Film, Media, Person, Theme } from '@/payload-types'

// The shapes pages receive. Queries select only these fields, so pages get no more than they show.

export type FilmCard = Pick<
  Film,
  | 'id'
  | 'title'
  | 'slug'
  | 'logline'
  | 'releaseDate'
  | 'originalTitle'
  | 'originalLanguage'
  | 'country'
  | 'rating'
  | 'updatedAt'
  | '_status'
> & { poster: Media | null }

export const FILM_CARD_SELECT = {
  title: true,
  slug: true,
  logline: true,
  releaseDate: true,
  originalTitle: true,
  originalLanguage: true,
  country: true,
  rating: true,
  poster: true,
  updatedAt: true,
  _status: true,
} as const

export type FilmRef = Pick<Film, 'id' | 'title' | 'slug'>

export type EssayCard = Pick<Essay, 'id' | 'title' | 'slug' | 'kind' | 'publishedAt' | 'updatedAt'> & {
  films: FilmRef[]
}

export type TermLink = { id: string | number; name: string; slug: string; count: number }

export type ThemeSummary = Pick<Theme, 'id' | 'name' | 'slug' | 'description'> & { filmCount: number }

export type Credit = { film: FilmCard; roles: string[] }

export type PersonPage = {
  person: Person
  credits: Credit[]
  /** How many published films credit the person; `credits` holds the newest of them. */
  totalCredits: number
}

/** Populated relationships come back as documents; an id means the viewer may not read it. */
export const populated = <T extends object>(value: unknown): T | null =>
  value !== null && typeof value === 'object' ? (value as T) : null

export const populatedList = <T extends object>(values: readonly unknown[] | null | undefined): T[] =>
  (values ?? []).flatMap((v) => {
    const doc = populated<T>(v)
    return doc ? [doc] : []
  })

export const toFilmCard = (film: Omit<FilmCard, 'poster'> & { poster?: unknown }): FilmCard => ({
  ...film,
  poster: populated<Media>(film.poster),
})
