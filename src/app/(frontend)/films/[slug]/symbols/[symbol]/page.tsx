import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media, Theme } from '@/payload-types'
import { getSymbolPage, populated, populatedList } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { ThemeByline } from '@/components/theme/ThemeByline'
import { PageHeading } from '@/components/layout/PageHeading'
import { SequenceNav } from '@/components/layout/SequenceNav'
import { Figure } from '@/components/media/Figure'
import { SymbolText } from '@/components/symbol/SymbolText'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

type Props = { params: Promise<{ slug: string; symbol: string }> }

export const generateStaticParams = noPathsAtBuild

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, symbol: symbolSlug } = await params
  const page = await getSymbolPage(slug, symbolSlug)
  if (!page) return NOT_FOUND_METADATA
  const { symbol, film } = page
  return pageMetadata({
    title: symbol.meta?.title || `${symbol.name} in ${film.title}`,
    description:
      symbol.meta?.description ||
      `What ${symbol.name} means in ${film.title}: a symbol and motif of the film, in context.`,
    path: paths.symbol(film.slug, symbol.slug),
    image: populated<Media>(symbol.meta?.image) ?? populated<Media>(symbol.image),
    type: 'article',
    kicker: film.title,
  })
}

export default async function SymbolPage({ params }: Props) {
  const { slug, symbol: symbolSlug } = await params
  const page = await getSymbolPage(slug, symbolSlug)
  if (!page) notFound()
  const { film, symbol, previous, next } = page
  const image = populated<Media>(symbol.image)
  const themes = populatedList<Theme>(symbol.themes)
  const step = (s: typeof previous) => (s ? { href: paths.symbol(film.slug, s.slug), title: s.name } : null)

  return (
    <article className="wrap reading">
      <PageHeading
        eyebrow={
          <>
            Symbol in <a href={paths.film(film.slug)}>{film.title}</a>
          </>
        }
        title={symbol.name}
      >
        <ThemeByline themes={themes} />
      </PageHeading>
      {/* The image stands beside the meaning on wide screens, above it on a phone. */}
      <div className={image ? 'symbol-body symbol-body--image' : 'symbol-body'}>
        {image ? <Figure media={image} sizes="(min-width: 48rem) 16rem, 92vw" /> : null}
        <div className="symbol-body__text">
          <SymbolText symbol={symbol} headingLevel={2} />
        </div>
      </div>
      <p className="aside-link">
        <a href={`${paths.film(film.slug)}#symbols`}>Every symbol of {film.title}</a>
      </p>
      <SequenceNav label={`Symbols of ${film.title}`} noun="symbol" previous={step(previous)} next={step(next)} />
    </article>
  )
}
