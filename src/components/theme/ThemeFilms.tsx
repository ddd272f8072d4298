import type { ThemeFilm } from '@/lib/content'
import { paths } from '@/lib/urls'
import { FilmCard } from '@/components/film/FilmCard'

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Each film of a theme with its symbols and philosophical questions, counted and linked. */
export function ThemeFilms({ films }: { films: ThemeFilm[] }) {
  return (
    <ul className="theme-films">
      {films.map(({ film, symbols, questions }) => (
        <li key={film.id} className="theme-film">
          <FilmCard film={film} />
          <div className="theme-film__analysis">
            {symbols.length ? (
              <div>
                <h4 className="label-heading">{counted(symbols.length, 'symbol', 'symbols')}</h4>
                <ul className="theme-film__list">
                  {symbols.map((s) => (
                    <li key={s.slug}>
                      <a href={paths.symbol(film.slug, s.slug)}>{s.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {questions.length ? (
              <div>
                <h4 className="label-heading">
                  {counted(questions.length, 'philosophical question', 'philosophical questions')}
                </h4>
                <ul className="theme-film__list">
                  {questions.map((q) => (
                    <li key={q.slug}>
                      <a href={paths.essay(q.slug)}>{q.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
