import type { EssayCard } from '@/lib/content'
import { formatDay } from '@/lib/displayFormats'
import { ESSAY_KIND_LABELS } from '@/lib/essaysQuery'
import { paths } from '@/lib/urls'
import { InlineLinks } from '@/components/layout/InlineLinks'

/** Essays as a list of titles, each with its kind, its films and when it was published. */
export function EssayList({ essays }: { essays: EssayCard[] }) {
  if (essays.length === 0) return null
  return (
    <ul className="essay-list">
      {essays.map((essay) => (
        <li key={essay.id}>
          <p className="essay-list__kind">{ESSAY_KIND_LABELS[essay.kind]}</p>
          <h3 className="essay-list__title">
            <a href={paths.essay(essay.slug)}>{essay.title}</a>
          </h3>
          <p className="essay-list__meta">
            {essay.films.length ? (
              <>
                On <InlineLinks links={essay.films.map((f) => ({ href: paths.film(f.slug), label: f.title }))} />
              </>
            ) : null}
            {essay.films.length && essay.publishedAt ? ' · ' : null}
            {essay.publishedAt ? <time dateTime={essay.publishedAt}>{formatDay(essay.publishedAt)}</time> : null}
          </p>
        </li>
      ))}
    </ul>
  )
}
