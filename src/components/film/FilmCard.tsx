import type React from 'react'

import type { FilmCard as Film } from '@/lib/content'
import { yearOf } from '@/lib/displayFormats'
import { paths } from '@/lib/urls'
import { Poster } from '@/components/media/Poster'

import { OriginalTitle } from './OriginalTitle'

/** One film in any list: title, year and country, original title, logline, and what the list adds. */
export function FilmCard({ film, children }: { film: Film; children?: React.ReactNode }) {
  const facts = [yearOf(film.releaseDate), film.country].filter(Boolean).join(' · ')
  return (
    <article className="film-card film-card--poster">
      <Poster film={film} poster={film.poster} sizes="96px" />
      <div className="film-card__text">
        <h3 className="film-card__title">
          <a href={paths.film(film.slug)}>{film.title}</a>
        </h3>
        {facts ? <p className="film-card__facts">{facts}</p> : null}
        <OriginalTitle film={film} className="film-card__original" />
        {film.logline ? <p className="film-card__logline">{film.logline}</p> : null}
        {children}
      </div>
    </article>
  )
}
