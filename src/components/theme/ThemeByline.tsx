import type { Theme } from '@/payload-types'
import { paths } from '@/lib/urls'
import { InlineLinks } from '@/components/layout/InlineLinks'

/** The themes a symbol or essay carries, linked, under its heading; nothing when it has none. */
export function ThemeByline({ themes }: { themes: Pick<Theme, 'name' | 'slug'>[] }) {
  if (themes.length === 0) return null
  return (
    <p className="byline">
      Themes: <InlineLinks links={themes.map((t) => ({ href: paths.theme(t.slug), label: t.name }))} />
    </p>
  )
}
