import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media } from '@/payload-types'
import { getFilm, getFilmAnalysis, getRelatedFilms, populated } from '@/lib/content'
import { countWords, readingMinutes } from '@/lib/readingTime'
import { paths } from '@/lib/urls'
import { movieJsonLd } from '@/lib/seo/jsonld'
import { pageMetadata } from '@/lib/seo/metadata'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { CoreMeaning } from '@/components/film/CoreMeaning'
import { EssaysSection } from '@/components/film/EssaysSection'
import { FilmContents, type ContentsEntry } from '@/components/film/FilmContents'
import { FilmHeader } from '@/components/film/FilmHeader'
import { RelatedFilms } from '@/components/film/RelatedFilms'
import { SymbolsSection } from '@/components/film/SymbolsSection'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { coverImage } from '@/components/media/cover'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = noPathsAtBuild

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getFilm((await params).slug)
  if (!film) return NOT_FOUND_METADATA
  return pageMetadata({
    title: film.meta?.title || film.title,
    description: film.meta?.description || film.logline,
    path: paths.film(film.slug),
    image: populated<Media>(film.meta?.image) ?? populated<Media>(film.poster) ?? coverImage(film),
    type: 'video.movie',
  })
}

export default async function FilmPage({ params }: Props) {
  const film = await getFilm((await params).slug)
  if (!film) notFound()
  const [analysis, related] = await Promise.all([getFilmAnalysis(film.id), getRelatedFilms(film)])
  const { symbols, questions, coreMeaning, essays } = analysis
  const words = countWords([
    film.logline,
    ...symbols.flatMap((s) => [s.meaning, s.context]),
    ...[...questions, ...essays, coreMeaning].map((e) => e?.body),
  ])

  const contents: ContentsEntry[] = [
    symbols.length && {
      id: 'symbols',
      label: 'Symbols & Motifs',
      children: symbols.map((s) => ({ id: `symbol-${s.slug}`, label: s.name })),
    },
    questions.length && {
      id: 'questions',
      label: 'Philosophical Questions',
      children: questions.map((q) => ({ id: `essay-${q.slug}`, label: q.title })),
    },
    coreMeaning && { id: 'core-meaning', label: 'Core Meaning' },
    essays.length && {
      id: 'essays',
      label: 'Further essays',
      children: essays.map((e) => ({ id: `essay-${e.slug}`, label: e.title })),
    },
    related.length && { id: 'related', label: 'Related films' },
  ].filter((entry): entry is ContentsEntry => Boolean(entry))

  return (
    <article className="analysis wrap">
      <JsonLd data={movieJsonLd(film, analysis)} />
      <Breadcrumbs
        trail={[
          { label: 'Films', href: paths.films() },
          { label: film.title, href: paths.film(film.slug) },
        ]}
      />
      <FilmHeader film={film} readingMinutes={readingMinutes(words)} />
      <div className={contents.length ? 'analysis__layout' : undefined}>
        <FilmContents entries={contents} />
        <div className="analysis__body">
          <SymbolsSection film={film} symbols={symbols} />
          <EssaysSection id="questions" heading="Philosophical Questions" essays={questions} />
          <CoreMeaning essay={coreMeaning} />
          <EssaysSection id="essays" heading="Further essays" essays={essays} />
        </div>
      </div>
      <RelatedFilms films={related} />
    </article>
  )
}
