import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media } from '@/payload-types'
import { getThemeFilmsPage, populated, type ThemeFilmsPage } from '@/lib/content'
import { paths } from '@/lib/urls'
import { pageMetadata } from '@/lib/seo/metadata'
import { EssayList } from '@/components/essay/EssayList'
import { PageHeading } from '@/components/layout/PageHeading'
import { Pagination } from '@/components/layout/Pagination'
import { Section } from '@/components/layout/Section'

import { ThemeFilms } from './ThemeFilms'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

// A theme's page and the further pages of its films (`/themes/<slug>/page/<n>`) are one view.

const counted = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`

/** The page, or null for an unknown theme and for a page past its last. */
async function themePage(slug: string, page: number): Promise<ThemeFilmsPage | null> {
  const found = await getThemeFilmsPage(slug, page)
  return !found || (page > 1 && page > found.totalPages) ? null : found
}

export async function themePageOrNotFound(slug: string, page: number): Promise<ThemeFilmsPage> {
  return (await themePage(slug, page)) ?? notFound()
}

export async function themeMetadata(slug: string, page: number): Promise<Metadata> {
  const found = await themePage(slug, page)
  if (!found) return NOT_FOUND_METADATA
  const { theme, films, counts } = found
  return pageMetadata({
    title: `${theme.meta?.title || theme.name}${page > 1 ? `, page ${page}` : ''}`,
    description:
      theme.meta?.description ||
      theme.description ||
      `${theme.name} across ${films.map((f) => f.film.title).join(', ') || 'the analysed films'}: films, symbols and questions.`,
    path: paths.themePage(theme.slug, page),
    image: populated<Media>(theme.meta?.image),
    kicker: 'Theme',
    noindex: counts.films === 0,
  })
}

export function ThemeView({ page }: { page: ThemeFilmsPage }) {
  const { theme, films, essays, counts, totalPages } = page
  const summary = [
    counted(counts.films, 'film', 'films'),
    counted(counts.symbols, 'symbol', 'symbols'),
    counted(counts.questions, 'philosophical question', 'philosophical questions'),
  ].join(' · ')
  return (
    <div className="wrap">
      <PageHeading eyebrow="Theme" title={theme.name}>
        {theme.description ? <p className="lede">{theme.description}</p> : null}
        <p className="theme-counts">{summary.charAt(0).toUpperCase() + summary.slice(1)}</p>
      </PageHeading>
      <Section
        id="films"
        heading={
          <>
            Films, with their symbols and questions
            {totalPages > 1 ? `, page ${page.page} of ${totalPages}` : null}
          </>
        }
      >
        {films.length ? (
          <ThemeFilms films={films} />
        ) : (
          <p className="empty">No published film carries this theme yet.</p>
        )}
        <Pagination
          page={page.page}
          totalPages={totalPages}
          href={(n) => paths.themePage(theme.slug, n)}
          label={`Pages of films on ${theme.name}`}
        />
      </Section>
      {essays.length && page.page === 1 ? (
        <Section id="essays" heading="Essays on this theme">
          <EssayList essays={essays} />
        </Section>
      ) : null}
    </div>
  )
}
