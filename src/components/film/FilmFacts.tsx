import type { Film } from '@/payload-types'
import { formatCount, formatDay, formatMoney, formatRuntime } from '@/lib/format'

import { names } from './names'

/** The header facts of an analysis, as a description list so each label stays with its value. */
export function FilmFacts({ film }: { film: Film }) {
  const facts: [label: string, value: string | null][] = [
    ['Released', formatDay(film.releaseDate)],
    ['Country', film.country ?? null],
    ['Runtime', formatRuntime(film.runtimeMinutes)],
    [
      'Rating',
      typeof film.rating?.score === 'number'
        ? `${film.rating.score.toFixed(1)} / 10${typeof film.rating.votes === 'number' ? ` (${formatCount(film.rating.votes)} votes)` : ''}`
        : null,
    ],
    [film.directors && film.directors.length > 1 ? 'Directors' : 'Director', names(film.directors).join(', ') || null],
    ['Cast', names(film.cast?.map((c) => c.person)).join(', ') || null],
    ['Genres', names(film.genres).join(', ') || null],
    ['Themes', names(film.themes).join(', ') || null],
    ['Box office', formatMoney(film.boxOffice?.amount, film.boxOffice?.currency)],
  ]
  return (
    <dl className="facts">
      {facts
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
