import type { EssayBody } from '@/lib/content'
import { paths } from '@/lib/urls'
import { Section } from '@/components/layout/Section'
import { Prose } from '@/components/richtext/Prose'

/** The analysis's conclusion: the section heading is its title, so the essay's own is not repeated. */
export function CoreMeaning({ essay }: { essay: EssayBody | null }) {
  if (!essay) return null
  return (
    <Section id="core-meaning" heading="Core Meaning" className="core-meaning">
      <Prose value={essay.body} />
      <p className="aside-link">
        <a href={paths.essay(essay.slug)}>The core meaning on its own page</a>
      </p>
    </Section>
  )
}
