import type { Film, Media } from '@/payload-types'
import { populated } from '@/lib/content'
import { Poster } from '@/components/media/Poster'

import { FilmFacts } from './FilmFacts'
import { OriginalTitle } from './OriginalTitle'

/** `readingMinutes`: how long the analysis below takes to read (src/lib/readingTime.ts). */
export function FilmHeader({ film, readingMinutes = 0 }: { film: Film; readingMinutes?: number }) {
  const poster = populated<Media>(film.poster)
  return (
    <header className="film-header film-header--poster">
      {/* The poster is the largest paint above the fold: the one image loaded eagerly. */}
      <Poster film={film} poster={poster} sizes="(min-width: 48rem) 16rem, 9rem" eager />
      <div className="film-header__text">
        <p className="eyebrow">
          Film analysis
          {readingMinutes ? <span className="reading-time"> · {readingMinutes} min read</span> : null}
        </p>
        <h1>{film.title}</h1>
        <OriginalTitle film={film} className="original-title" />
        {film.tagline ? <p className="tagline">“{film.tagline}”</p> : null}
        {film.logline ? <p className="logline">{film.logline}</p> : null}
        <FilmFacts film={film} />
      </div>
    </header>
  )
}
