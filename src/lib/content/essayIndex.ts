import type { Where } from 'payload'

import { ESSAY_KINDS, type EssayFilters, type EssayKind } from '../essaysQuery'
import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { ESSAY_CARD, toEssayCard } from './essays'
import type { EssayCard, FilmRef } from './shapes'
import { asViewer } from './viewer'

export const ESSAYS_PER_PAGE = 24

export type EssayIndex = {
  essays: EssayCard[]
  page: number
  totalPages: number
  totalDocs: number
  /** The film filtered by, or null; `missing` when the filter names no published film. */
  film: FilmRef | null | 'missing'
  /** How many essays of each kind the film filter leaves, for the kind links. */
  kinds: { kind: EssayKind; count: number }[]
}

/** One page of published essays, newest first, of one kind and one film when asked. */
export function listEssays(filters: EssayFilters): Promise<EssayIndex> {
  const page = filters.page ?? 1
  return asViewer(
    ['essays:index', filters.kind ?? '', filters.film ?? '', String(page)],
    [collectionTag('essays'), collectionTag('films')],
    async (access) => {
      const payload = await payloadClient()
      const film = filters.film
        ? ((
            await payload.find({
              collection: 'films',
              ...access,
              where: { slug: { equals: filters.film } },
              limit: 1,
              depth: 0,
              select: { title: true, slug: true },
            })
          ).docs[0] ?? 'missing')
        : null
      if (film === 'missing') return { essays: [], page, totalPages: 0, totalDocs: 0, film, kinds: [] }
      const ofFilm: Where[] = film ? [{ films: { equals: film.id } }] : []
      const [essays, ...counts] = await Promise.all([
        payload.find({
          collection: 'essays',
          ...access,
          where: { and: [...ofFilm, ...(filters.kind ? [{ kind: { equals: filters.kind } }] : [])] },
          sort: ['-publishedAt', 'title'],
          limit: ESSAYS_PER_PAGE,
          page,
          depth: 1,
          ...ESSAY_CARD,
        }),
        ...ESSAY_KINDS.map((kind) =>
          payload.count({ collection: 'essays', ...access, where: { and: [...ofFilm, { kind: { equals: kind } }] } }),
        ),
      ])
      return {
        essays: essays.docs.map(toEssayCard),
        page,
        totalPages: essays.totalPages,
        totalDocs: essays.totalDocs,
        film: film ? { id: film.id, title: film.title, slug: film.slug } : null,
        kinds: ESSAY_KINDS.map((kind, i) => ({ kind, count: counts[i]!.totalDocs })),
      }
    },
  )
}
