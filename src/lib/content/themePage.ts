import type { Payload } from 'payload'

import type { Essay, Symbol, Theme } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag, documentTag } from '../tags'
import { ESSAY_CARD, toEssayCard } from './essays'
import { isSqlAdapter } from './sqlRows'
import { countThemeContent, newestThemeEssayIds } from './themeReads'
import { FILM_CARD_SELECT, toFilmCard, type EssayCard, type FilmCard } from './shapes'
import { asViewer, type AsViewer } from './viewer'

/** Films of a theme per page: each comes with its symbols and questions, so a page stays readable. */
export const THEME_FILMS_PER_PAGE = 12
/** Bounds what one film can add to a theme page; no sample film comes near it. */
const PER_FILM_MAX = 40
/** The essays that carry the theme themselves, newest first. */
const THEME_ESSAYS = 12

type Ref = { title: string; slug: string }
export type ThemeFilm = { film: FilmCard; symbols: Ref[]; questions: Ref[] }
export type ThemeFilmsPage = {
  theme: Pick<Theme, 'id' | 'name' | 'slug' | 'description' | 'meta'>
  films: ThemeFilm[]
  essays: EssayCard[]
  page: number
  totalPages: number
  /** Across all the theme's films, not only this page's. */
  counts: { films: number; symbols: number; questions: number }
}

const QUESTION: Essay['kind'] = 'philosophical-question'

/** The newest essays carrying the theme; on the SQL adapters their ids come from the theme's index. */
async function themeEssays(payload: Payload, access: AsViewer, themeId: Theme['id']): Promise<EssayCard[]> {
  const ids = isSqlAdapter(payload) ? await newestThemeEssayIds(payload, access, themeId, THEME_ESSAYS) : null
  if (ids?.length === 0) return []
  const { docs } = await payload.find({
    collection: 'essays',
    ...access,
    where: ids ? { id: { in: ids } } : { themes: { in: [themeId] } },
    sort: '-publishedAt',
    limit: THEME_ESSAYS,
    pagination: false,
    depth: 1,
    ...ESSAY_CARD,
  })
  return docs.map(toEssayCard)
}

/**
 * A theme across films, one page of its films at a time: each film with its symbols and
 * philosophical questions, the counts of all of them, and the essays that carry the theme.
 */
export function getThemeFilmsPage(slug: string, page: number): Promise<ThemeFilmsPage | null> {
  return asViewer(
    ['theme:films', slug, String(page)],
    [
      documentTag('themes', slug),
      collectionTag('films'),
      collectionTag('media'),
      collectionTag('symbols'),
      collectionTag('essays'),
    ],
    async (access) => {
      const payload = await payloadClient()
      const theme = (
        await payload.find({
          collection: 'themes',
          ...access,
          where: { slug: { equals: slug } },
          limit: 1,
          depth: 1,
          select: { name: true, slug: true, description: true, meta: true },
        })
      ).docs[0]
      if (!theme) return null
      const ofTheme = { themes: { in: [theme.id] } }
      const [films, counts, essays] = await Promise.all([
        // The total comes with the counts: Payload's own is a windowed count over the join.
        payload.find({
          collection: 'films',
          ...access,
          where: ofTheme,
          sort: 'title',
          limit: THEME_FILMS_PER_PAGE,
          page,
          pagination: false,
          depth: 1,
          select: FILM_CARD_SELECT,
        }),
        countThemeContent(payload, access, theme.id),
        themeEssays(payload, access, theme.id),
      ])
      const filmIds = films.docs.map((f) => f.id)
      const bound = Math.max(1, filmIds.length) * PER_FILM_MAX
      const [symbols, questions] = filmIds.length
        ? await Promise.all([
            payload.find({
              collection: 'symbols',
              ...access,
              where: { film: { in: filmIds } },
              sort: 'order',
              limit: bound,
              pagination: false,
              depth: 0,
              select: { name: true, slug: true, film: true },
            }),
            payload.find({
              collection: 'essays',
              ...access,
              where: { and: [{ kind: { equals: QUESTION } }, { films: { in: filmIds } }] },
              sort: 'order',
              limit: bound,
              pagination: false,
              depth: 0,
              select: { title: true, slug: true, films: true },
            }),
          ])
        : [{ docs: [] }, { docs: [] }]
      const idOf = (value: unknown) =>
        String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)
      const symbolsOf = (filmId: string) =>
        (symbols.docs as Pick<Symbol, 'name' | 'slug' | 'film'>[])
          .filter((s) => idOf(s.film) === filmId)
          .map((s) => ({ title: s.name, slug: s.slug }))
      const questionsOf = (filmId: string) =>
        (questions.docs as Pick<Essay, 'title' | 'slug' | 'films'>[])
          .filter((q) => (q.films ?? []).some((f) => idOf(f) === filmId))
          .map((q) => ({ title: q.title, slug: q.slug }))
      return {
        theme,
        films: films.docs.map((film) => ({
          film: toFilmCard(film),
          symbols: symbolsOf(String(film.id)),
          questions: questionsOf(String(film.id)),
        })),
        essays,
        page,
        totalPages: Math.ceil(counts.films / THEME_FILMS_PER_PAGE),
        counts,
      }
    },
  )
}
