import type { RelatedFilm } from '@/lib/content'
import { Section } from '@/components/layout/Section'

import { FilmGrid } from './FilmGrid'

const shared = (film: RelatedFilm) => (
  <dl className="shared">
    {film.sharedThemes.length ? (
      <div>
        <dt>Shared themes</dt>
        <dd>{film.sharedThemes.join(', ')}</dd>
      </div>
    ) : null}
    {film.sharedSymbols.length ? (
      <div>
        <dt>Shared symbols</dt>
        <dd>{film.sharedSymbols.join(', ')}</dd>
      </div>
    ) : null}
  </dl>
)

export function RelatedFilms({ films }: { films: RelatedFilm[] }) {
  if (films.length === 0) return null
  return (
    <Section id="related" heading="Films that share these themes" className="related">
      <FilmGrid films={films} extra={shared} />
    </Section>
  )
}
