import type { Metadata } from 'next'
import { connection } from 'next/server'

import { listThemes } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { PageHeading } from '@/components/layout/PageHeading'
import { Section } from '@/components/layout/Section'
import { ThemeList } from '@/components/theme/ThemeList'

export const metadata: Metadata = pageMetadata({
  title: 'Themes',
  description:
    'The ideas the analysed films share — from sacrifice to hope — each with every film, symbol and essay that carries it.',
  path: paths.themes(),
})

export default async function ThemesPage() {
  // Read at request time: the build has no database to prerender from.
  await connection()
  const themes = await listThemes()
  const carried = themes.filter((t) => t.filmCount > 0)
  return (
    <div className="wrap">
      <PageHeading title="Themes">
        <p className="lede">
          The ideas the films share. Each theme gathers every film, symbol and essay that carries it.
        </p>
      </PageHeading>
      <Section id="all-themes" heading={`${carried.length} ${carried.length === 1 ? 'theme' : 'themes'}`}>
        <ThemeList themes={carried} describe />
      </Section>
    </div>
  )
}
