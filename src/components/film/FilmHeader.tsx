import type { Film } from '@/payload-types'

import { FilmFacts } from './FilmFacts'

export function FilmHeader({ film }: { film: Film }) {
  return (
    <header className="film-header">
      <p className="eyebrow">Film analysis</p>
      <h1>{film.title}</h1>
      {film.originalTitle ? (
        <p className="original-title" lang={film.originalLanguage ?? undefined}>
          {film.originalTitle}
        </p>
      ) : null}
      {film.tagline ? <p className="tagline">“{film.tagline}”</p> : null}
      {film.logline ? <p className="logline">{film.logline}</p> : null}
      <FilmFacts film={film} />
    </header>
  )
}
