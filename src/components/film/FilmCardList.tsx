import Link from 'next/link'

import type { FilmCard } from '@/lib/content'
import { yearOf } from '@/lib/format'

export function FilmCardList({ films }: { films: FilmCard[] }) {
  if (films.length === 0) return <p>No analyses have been published yet.</p>
  return (
    <ul className="film-list">
      {films.map((film) => (
        <li key={film.id} className="film-card">
          <h2>
            <Link href={`/films/${film.slug}`}>{film.title}</Link>
          </h2>
          <p className="film-card__meta">
            {yearOf(film.releaseDate)}
            {film.originalTitle ? (
              <>
                {' · '}
                <span lang={film.originalLanguage ?? undefined}>{film.originalTitle}</span>
              </>
            ) : null}
          </p>
          {film.logline ? <p>{film.logline}</p> : null}
        </li>
      ))}
    </ul>
  )
}
