import type React from 'react'

import type { Film, Genre, Person, Theme } from '@/payload-types'
import { populated, populatedList } from '@/lib/content'
import { formatDay, formatMoney, formatRating, formatRuntime } from '@/lib/displayFormats'
import { paths } from '@/lib/urls'
import { InlineLinks, type InlineLink } from '@/components/layout/InlineLinks'

// Relationships the visitor may not read arrive as bare ids: populatedList leaves them out.
const people = (list: readonly unknown[] | null | undefined): InlineLink[] =>
  populatedList<Person>(list).map((p) => ({ href: paths.person(p.slug), label: p.name }))

const cast = (film: Film): InlineLink[] =>
  (film.cast ?? []).flatMap(({ person, character }) => {
    const p = populated<Person>(person)
    return p ? [{ href: paths.person(p.slug), label: p.name, note: character }] : []
  })

const links = (list: InlineLink[]): React.ReactNode => (list.length ? <InlineLinks links={list} /> : null)

/** The header facts of an analysis, as a description list so each label stays with its value. */
export function FilmFacts({ film }: { film: Film }) {
  const directors = people(film.directors)
  const facts: [label: string, value: React.ReactNode][] = [
    ['Released', formatDay(film.releaseDate)],
    ['Country', film.country ?? null],
    ['Runtime', formatRuntime(film.runtimeMinutes)],
    ['Rating', formatRating(film.rating)],
    [directors.length > 1 ? 'Directors' : 'Director', links(directors)],
    ['Cast', links(cast(film))],
    ['Genres', links(populatedList<Genre>(film.genres).map((g) => ({ href: paths.genre(g.slug), label: g.name })))],
    ['Themes', links(populatedList<Theme>(film.themes).map((t) => ({ href: paths.theme(t.slug), label: t.name })))],
    ['Box office', formatMoney(film.boxOffice?.amount, film.boxOffice?.currency)],
  ]
  const known = facts.filter(([, value]) => Boolean(value))
  // A film with no facts yet (only a title) gets no empty, ruled box.
  if (known.length === 0) return null
  return (
    <dl className="facts">
      {known.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
