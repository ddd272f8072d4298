import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media } from '@/payload-types'
import { getThemePage, populated } from '@/lib/content'
import { paths } from '@/lib/urls'
import { filmsHref } from '@/lib/filmsQuery'
import { pageMetadata } from '@/lib/seo/metadata'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { EssayList } from '@/components/essay/EssayList'
import { FilmGrid } from '@/components/film/FilmGrid'
import { PageHeading } from '@/components/layout/PageHeading'
import { Section } from '@/components/layout/Section'
import { SymbolList } from '@/components/symbol/SymbolList'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = noPathsAtBuild

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getThemePage((await params).slug)
  if (!page) return {}
  const { theme, films, symbols, essays } = page
  return pageMetadata({
    title: theme.meta?.title || theme.name,
    description:
      theme.meta?.description ||
      theme.description ||
      `${theme.name} across ${films.map((f) => f.title).join(', ') || 'the analysed films'}: films, symbols and essays.`,
    path: paths.theme(theme.slug),
    image: populated<Media>(theme.meta?.image),
    kicker: 'Theme',
    noindex: films.length + symbols.length + essays.length === 0,
  })
}

export default async function ThemePage({ params }: Props) {
  const page = await getThemePage((await params).slug)
  if (!page) notFound()
  const { theme, films, totalFilms, symbols, essays } = page
  return (
    <div className="wrap">
      <PageHeading eyebrow="Theme" title={theme.name}>
        {theme.description ? <p className="lede">{theme.description}</p> : null}
      </PageHeading>
      <Section id="films" heading={totalFilms === 1 ? 'One film' : `${totalFilms} films`}>
        <FilmGrid films={films} empty="No published film carries this theme yet." />
        {totalFilms > films.length ? (
          <p>
            <a href={filmsHref({ theme: theme.slug })}>All {totalFilms} films</a>
          </p>
        ) : null}
      </Section>
      {symbols.length ? (
        <Section id="symbols" heading="Symbols">
          <SymbolList symbols={symbols} />
        </Section>
      ) : null}
      {essays.length ? (
        <Section id="essays" heading="Essays">
          <EssayList essays={essays} />
        </Section>
      ) : null}
    </div>
  )
}
