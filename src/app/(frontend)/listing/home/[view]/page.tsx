import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getHomeContent } from '@/lib/content'
import { INDEX_VIEW } from '@/lib/listingRoutes'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { paths } from '@/lib/urls'
import { pageMetadata, SITE_DESCRIPTION, SITE_TITLE } from '@/lib/seo/metadata'
import { EssayList } from '@/components/essay/EssayList'
import { FilmGrid } from '@/components/film/FilmGrid'
import { PageHeading } from '@/components/layout/PageHeading'
import { Section } from '@/components/layout/Section'
import { ThemeList } from '@/components/theme/ThemeList'

export const metadata: Metadata = pageMetadata({ title: SITE_TITLE, description: SITE_DESCRIPTION, path: paths.home() })

type Props = { params: Promise<{ view: string }> }

/** Served at `/` (src/lib/listingRoutes.ts). */
export const generateStaticParams = noPathsAtBuild

export default async function HomePage({ params }: Props) {
  if ((await params).view !== INDEX_VIEW) notFound()
  const { featured, latest, essays, themes } = await getHomeContent()
  return (
    <div className="wrap">
      <PageHeading title="Close readings of films">
        <p className="lede">
          What a film’s images stand for, the questions it leaves with you, and what it finally means — one careful
          analysis at a time.
        </p>
      </PageHeading>
      {featured.length ? (
        <Section id="featured" heading="Featured analyses">
          <FilmGrid films={featured} />
        </Section>
      ) : null}
      <Section id="latest" heading={featured.length ? 'More analyses' : 'Latest analyses'}>
        <FilmGrid films={latest} />
        <p className="more">
          <a href={paths.films()}>Browse all films by genre, theme, country and decade</a>
        </p>
      </Section>
      {essays.length ? (
        <Section id="essays" heading="Latest essays">
          <EssayList essays={essays} />
          <p className="more">
            <a href={paths.essays()}>Every essay, by kind and film</a>
          </p>
        </Section>
      ) : null}
      {themes.length ? (
        <Section id="themes" heading="Themes across films">
          <ThemeList themes={themes} />
          <p className="more">
            <a href={paths.themes()}>Every theme</a> · <a href={paths.symbols()}>Follow a symbol from film to film</a>
          </p>
        </Section>
      ) : null}
    </div>
  )
}
