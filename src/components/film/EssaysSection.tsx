import type { EssayBody } from '@/lib/content'
import { paths } from '@/lib/urls'
import { Section } from '@/components/layout/Section'
import { Prose } from '@/components/richtext/Prose'

type Props = { id: string; heading: string; essays: EssayBody[] }

/** Philosophical questions and further essays share one shape: a titled body that has its own page. */
export function EssaysSection({ id, heading, essays }: Props) {
  if (essays.length === 0) return null
  return (
    <Section id={id} heading={heading}>
      {essays.map((essay) => (
        <article key={essay.id} className="essay" id={`essay-${essay.slug}`}>
          <h3>
            <a href={paths.essay(essay.slug)}>{essay.title}</a>
          </h3>
          <Prose value={essay.body} />
        </article>
      ))}
    </Section>
  )
}
