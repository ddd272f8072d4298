import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { listThemes } from '@/lib/content'
import { INDEX_VIEW } from '@/lib/listingRoutes'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
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

type Props = { params: Promise<{ view: string }> }

/** Served at `/themes` (src/lib/listingRoutes.ts). */
export const generateStaticParams = noPathsAtBuild

export default async function ThemesPage({ params }: Props) {
  if ((await params).view !== INDEX_VIEW) notFound()
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
