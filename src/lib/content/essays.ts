import type { Essay, Film } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag, documentTag } from '../tags'
import { populatedList, type EssayCard, type FilmRef } from './shapes'
import { asViewer } from './viewer'

const ESSAY_CARD = {
  select: { title: true, slug: true, kind: true, publishedAt: true, updatedAt: true, films: true },
  populate: { films: { title: true, slug: true } },
} as const

const toEssayCard = (
  essay: Pick<Essay, 'id' | 'title' | 'slug' | 'kind' | 'publishedAt' | 'updatedAt' | 'films'>,
): EssayCard => ({
  ...essay,
  films: populatedList<Film>(essay.films).map(({ id, title, slug }) => ({ id, title, slug })),
})

/** The most recently published essays of every kind. */
export function listLatestEssays(limit = 6): Promise<EssayCard[]> {
  return asViewer(
    ['essays:latest', String(limit)],
    [collectionTag('essays'), collectionTag('films')],
    async (access) => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'essays',
        ...access,
        sort: '-publishedAt',
        limit,
        // No total: counting every published essay (a join per essay) cost more than the page.
        pagination: false,
        depth: 1,
        ...ESSAY_CARD,
      })
      return docs.map(toEssayCard)
    },
  )
}

type Neighbour = Pick<Essay, 'title' | 'slug'> | null
export type EssayPage = { essay: Essay; films: FilmRef[]; previous: Neighbour; next: Neighbour }

/** One published essay, with its neighbours among the essays of its (first) film. */
export function getEssayPage(slug: string): Promise<EssayPage | null> {
  return asViewer(
    ['essay', slug],
    [documentTag('essays', slug), collectionTag('essays'), collectionTag('films'), collectionTag('themes')],
    async (access) => {
      const payload = await payloadClient()
      const essay = (
        await payload.find({ collection: 'essays', ...access, where: { slug: { equals: slug } }, limit: 1, depth: 1 })
      ).docs[0]
      if (!essay) return null
      const films = populatedList<Film>(essay.films).map(({ id, title, slug: filmSlug }) => ({
        id,
        title,
        slug: filmSlug,
      }))
      const siblings = films[0]
        ? (
            await payload.find({
              collection: 'essays',
              ...access,
              where: { films: { equals: films[0].id } },
              sort: 'order',
              pagination: false,
              depth: 0,
              select: { title: true, slug: true },
            })
          ).docs
        : []
      const index = siblings.findIndex((s) => s.slug === slug)
      const neighbour = (s: (typeof siblings)[number] | undefined): Neighbour =>
        s ? { title: s.title, slug: s.slug } : null
      return { essay, films, previous: neighbour(siblings[index - 1]), next: neighbour(siblings[index + 1]) }
    },
  )
}

export { toEssayCard, ESSAY_CARD }
