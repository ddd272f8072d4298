import type { PayloadRequest } from 'payload'

import type { ExistingFilm } from './types'

export const adminEditURL = (req: PayloadRequest, id: string | number): string =>
  `${req.payload.config.routes.admin}/collections/films/${encodeURIComponent(String(id))}`

/** The film a file would update (films are matched by slug), as this user can see it. */
export async function existingFilm(req: PayloadRequest, slug: string): Promise<ExistingFilm | null> {
  const { docs } = await req.payload.find({
    collection: 'films',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { _status: true },
    overrideAccess: false,
    req,
  })
  const film = docs[0]
  if (!film) return null
  return {
    id: film.id,
    status: film._status === 'published' ? 'published' : 'draft',
    adminURL: adminEditURL(req, film.id),
  }
}
