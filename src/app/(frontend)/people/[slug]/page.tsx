import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media } from '@/payload-types'
import { getPersonPage, populated, type Credit } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { FilmGrid } from '@/components/film/FilmGrid'
import { PageHeading } from '@/components/layout/PageHeading'
import { Section } from '@/components/layout/Section'
import { CjkFontFaces } from '@/components/layout/CjkFontFaces'
import { originalNameLanguage } from '@/components/person/originalNameLanguage'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = noPathsAtBuild

const roleSummary = (credits: Credit[]): string => {
  const directed = credits.some((c) => c.roles.includes('Director'))
  const acted = credits.some((c) => c.roles.some((r) => r.startsWith('Cast')))
  return directed && acted ? 'Director and actor' : directed ? 'Director' : acted ? 'Actor' : 'Person'
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPersonPage((await params).slug)
  if (!page) return NOT_FOUND_METADATA
  const { person, credits } = page
  return pageMetadata({
    title: person.meta?.title || person.name,
    description:
      person.meta?.description ||
      `${person.name} in the films analysed on Subtext: ${credits.map((c) => c.film.title).join(', ') || 'none published yet'}.`,
    path: paths.person(person.slug),
    image: populated<Media>(person.meta?.image),
    kicker: roleSummary(credits),
    // Someone credited only on unpublished films has no page worth finding yet.
    noindex: credits.length === 0,
  })
}

export default async function PersonPage({ params }: Props) {
  const page = await getPersonPage((await params).slug)
  if (!page) notFound()
  const { person, credits, totalCredits } = page
  const films = credits.map((c) => ({ ...c.film, roles: c.roles }))
  return (
    <div className="wrap">
      <PageHeading eyebrow={roleSummary(credits)} title={person.name}>
        {person.originalName && person.originalName !== person.name ? (
          <p className="original-title" lang={originalNameLanguage(person.originalName, credits) ?? undefined}>
            <CjkFontFaces text={person.originalName} lang={originalNameLanguage(person.originalName, credits)} />
            {person.originalName}
          </p>
        ) : null}
      </PageHeading>
      <Section
        id="filmography"
        heading={
          totalCredits > credits.length ? `Filmography: the newest ${credits.length} of ${totalCredits}` : 'Filmography'
        }
      >
        <FilmGrid
          films={films}
          empty="None of their films is published yet."
          extra={(film) => <p className="roles">{film.roles.join(' · ')}</p>}
        />
      </Section>
    </div>
  )
}
