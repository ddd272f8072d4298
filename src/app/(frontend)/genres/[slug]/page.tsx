import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getGenrePage } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { FilmGrid } from '@/components/film/FilmGrid'
import { filmsHref } from '@/lib/filmsQuery'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { PageHeading } from '@/components/layout/PageHeading'
import { Section } from '@/components/layout/Section'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = noPathsAtBuild

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getGenrePage((await params).slug)
  if (!page) return NOT_FOUND_METADATA
  const { genre, films } = page
  return pageMetadata({
    title: `${genre.name} films`,
    description: `Analyses of ${genre.name.toLowerCase()} films: ${films.map((f) => f.title).join(', ') || 'none published yet'}.`,
    path: paths.genre(genre.slug),
    kicker: 'Genre',
    noindex: films.length === 0,
  })
}

export default async function GenrePage({ params }: Props) {
  const page = await getGenrePage((await params).slug)
  if (!page) notFound()
  const { genre, films, totalFilms } = page
  return (
    <div className="wrap">
      <PageHeading eyebrow="Genre" title={genre.name}>
        <p className="lede">
          Every analysed {genre.name.toLowerCase()} film, newest first.{' '}
          <a href={filmsHref({ genre: genre.slug })}>Narrow them by theme, country or decade</a>
        </p>
      </PageHeading>
      <Section id="films" heading={totalFilms === 1 ? 'One film' : `${totalFilms} films`}>
        <FilmGrid films={films} empty="No published film has this genre yet." />
        {totalFilms > films.length ? (
          <p>
            <a href={filmsHref({ genre: genre.slug })}>All {totalFilms} films</a>
          </p>
        ) : null}
      </Section>
    </div>
  )
}
