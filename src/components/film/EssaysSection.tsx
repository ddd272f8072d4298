import type { EssayBody } from '@/lib/content'
import { Prose } from '@/components/richtext/Prose'

type Props = { id: string; heading: string; essays: EssayBody[]; showTitles?: boolean }

/** Philosophical questions, the core meaning and further essays share one shape: a titled body. */
export function EssaysSection({ id, heading, essays, showTitles = true }: Props) {
  if (essays.length === 0) return null
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{heading}</h2>
      {essays.map((essay) => (
        <article key={essay.id} className="essay" id={`essay-${essay.slug}`}>
          {showTitles ? <h3>{essay.title}</h3> : null}
          <Prose value={essay.body} />
        </article>
      ))}
    </section>
  )
}
