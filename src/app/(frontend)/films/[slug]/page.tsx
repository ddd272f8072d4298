import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EssaysSection } from '@/components/film/EssaysSection'
import { FilmHeader } from '@/components/film/FilmHeader'
import { SymbolsSection } from '@/components/film/SymbolsSection'
import { getFilm, getFilmAnalysis } from '@/lib/content'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getFilm((await params).slug)
  return film ? { title: film.title, description: film.logline ?? undefined } : {}
}

export default async function FilmPage({ params }: Props) {
  const film = await getFilm((await params).slug)
  if (!film) notFound()
  const { symbols, questions, coreMeaning, essays } = await getFilmAnalysis(film.id)
  return (
    <article className="analysis">
      <FilmHeader film={film} />
      <SymbolsSection symbols={symbols} />
      <EssaysSection id="questions" heading="Philosophical Questions" essays={questions} />
      <EssaysSection id="core-meaning" heading="Core Meaning" essays={coreMeaning ? [coreMeaning] : []} showTitles={false} />
      <EssaysSection id="essays" heading="Further essays" essays={essays} />
    </article>
  )
}
