import type React from 'react'

import type { FilmCard as Film } from '@/lib/content'

import { FilmCard } from './FilmCard'

type Props<F extends Film> = {
  films: F[]
  /** Said instead of an empty list. */
  empty?: React.ReactNode
  /** What this list adds to each card: the roles of a person, the themes a related film shares. */
  extra?: (film: F) => React.ReactNode
}

export function FilmGrid<F extends Film>({ films, empty = 'No analyses have been published yet.', extra }: Props<F>) {
  if (films.length === 0) return <p className="empty">{empty}</p>
  return (
    <ul className="film-grid">
      {films.map((film) => (
        <li key={film.id}>
          <FilmCard film={film}>{extra?.(film)}</FilmCard>
        </li>
      ))}
    </ul>
  )
}
