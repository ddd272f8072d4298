import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media, Theme } from '@/payload-types'
import { getEssayPage, populated, populatedList } from '@/lib/content'
import { formatDay } from '@/lib/displayFormats'
import { ESSAY_KIND_LABELS } from '@/lib/essaysQuery'
import { paths } from '@/lib/urls'
import { articleJsonLd } from '@/lib/seo/jsonld'
import { pageMetadata } from '@/lib/seo/metadata'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { InlineLinks } from '@/components/layout/InlineLinks'
import { ThemeByline } from '@/components/theme/ThemeByline'
import { PageHeading } from '@/components/layout/PageHeading'
import { SequenceNav } from '@/components/layout/SequenceNav'
import { Prose } from '@/components/richtext/Prose'
import { JsonLd } from '@/components/seo/JsonLd'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = noPathsAtBuild

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getEssayPage((await params).slug)
  if (!page) return NOT_FOUND_METADATA
  const { essay, films } = page
  const about = films.map((f) => f.title).join(', ')
  return pageMetadata({
    title: essay.meta?.title || essay.title,
    description:
      essay.meta?.description || `${ESSAY_KIND_LABELS[essay.kind]}${about ? ` on ${about}` : ''}: ${essay.title}`,
    path: paths.essay(essay.slug),
    image: populated<Media>(essay.meta?.image),
    type: 'article',
    publishedTime: essay.publishedAt,
    kicker: ESSAY_KIND_LABELS[essay.kind],
  })
}

export default async function EssayPage({ params }: Props) {
  const page = await getEssayPage((await params).slug)
  if (!page) notFound()
  const { essay, films, previous, next } = page
  const themes = populatedList<Theme>(essay.themes)
  const step = (s: typeof previous) => (s ? { href: paths.essay(s.slug), title: s.title } : null)
  const film = films[0]

  return (
    <article className="wrap reading">
      <JsonLd data={articleJsonLd(essay, films)} />
      <PageHeading eyebrow={ESSAY_KIND_LABELS[essay.kind]} title={essay.title}>
        <p className="byline">
          {films.length ? (
            <>
              On <InlineLinks links={films.map((f) => ({ href: paths.film(f.slug), label: f.title }))} />
            </>
          ) : null}
          {films.length && essay.publishedAt ? ' · ' : null}
          {essay.publishedAt ? (
            <>
              Published <time dateTime={essay.publishedAt}>{formatDay(essay.publishedAt)}</time>
            </>
          ) : null}
        </p>
        <ThemeByline themes={themes} />
      </PageHeading>
      <Prose value={essay.body} />
      {film ? (
        <p className="aside-link">
          <a href={paths.film(film.slug)}>The full analysis of {film.title}</a>
        </p>
      ) : null}
      {film ? (
        <SequenceNav label={`Essays on ${film.title}`} noun="essay" previous={step(previous)} next={step(next)} />
      ) : null}
    </article>
  )
}
