import type { Payload, Where } from 'payload'

import type { Film } from '@/payload-types'

import { ESSAY_KINDS, type EssayFilters, type EssayKind } from '../essaysQuery'
import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { essayIndexRows } from './essayIndexRows'
import { ESSAY_CARD, toEssayCard } from './essays'
import { inIdOrder } from './inIdOrder'
import type { EssayCard, FilmRef } from './shapes'
import { isSqlAdapter } from './sqlRows'
import { asViewer, type AsViewer } from './viewer'

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

type Filter = { film: Film['id'] | null; kind: EssayKind | null; page: number }
/** One page's essays, and how many of each kind the film filter leaves. */
type PageRead = { essays: EssayCard[]; kinds: Map<string, number> }

const pageOptions = { depth: 1, ...ESSAY_CARD } as const

/**
 * On the SQL adapters, for a visitor: the page's ids and the kinds' counts in SQL
 * (./essayIndexRows.ts), then the page's essays read as the visitor by id.
 */
async function sqlPage(payload: Payload, access: AsViewer, { film, kind, page }: Filter): Promise<PageRead> {
  const offset = (page - 1) * ESSAYS_PER_PAGE
  const { ids, kinds } = await essayIndexRows(payload, { film, kind, limit: ESSAYS_PER_PAGE, offset })
  if (!ids.length) return { essays: [], kinds }
  const { docs } = await payload.find({
    collection: 'essays',
    ...access,
    where: { id: { in: ids } },
    pagination: false,
    ...pageOptions,
  })
  return { essays: inIdOrder(ids, docs).map(toEssayCard), kinds }
}

/** MongoDB, and a previewer who reads drafts: the Local API, a count per kind. */
async function localPage(payload: Payload, access: AsViewer, { film, kind, page }: Filter): Promise<PageRead> {
  const ofFilm: Where[] = film === null ? [] : [{ films: { equals: film } }]
  const [essays, ...counts] = await Promise.all([
    payload.find({
      collection: 'essays',
      ...access,
      where: { and: [...ofFilm, ...(kind ? [{ kind: { equals: kind } }] : [])] },
      sort: ['-publishedAt', 'title'],
      limit: ESSAYS_PER_PAGE,
      page,
      ...pageOptions,
    }),
    ...ESSAY_KINDS.map((k) =>
      payload.count({ collection: 'essays', ...access, where: { and: [...ofFilm, { kind: { equals: k } }] } }),
    ),
  ])
  return {
    essays: essays.docs.map(toEssayCard),
    kinds: new Map(ESSAY_KINDS.map((k, i) => [k, counts[i]!.totalDocs])),
  }
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
      const filter = { film: film?.id ?? null, kind: filters.kind ?? null, page }
      const read = await (isSqlAdapter(payload) && !access.user ? sqlPage : localPage)(payload, access, filter)
      const counted = filter.kind ? [filter.kind] : ESSAY_KINDS
      const totalDocs = counted.reduce((sum, kind) => sum + (read.kinds.get(kind) ?? 0), 0)
      return {
        essays: read.essays,
        page,
        totalPages: Math.ceil(totalDocs / ESSAYS_PER_PAGE),
        totalDocs,
        film: film ? { id: film.id, title: film.title, slug: film.slug } : null,
        kinds: ESSAY_KINDS.map((kind) => ({ kind, count: read.kinds.get(kind) ?? 0 })),
      }
    },
  )
}
