import type { Payload, Where } from 'payload'

import type { User } from '../payload-types'

export const SCHEDULABLE = ['films', 'symbols', 'essays'] as const
export type Schedulable = (typeof SCHEDULABLE)[number]
export type ScheduleType = 'publish' | 'unpublish'

export class ScheduleError extends Error {}

/** Symbols are addressed as `<film-slug>/<symbol-slug>`, since their slugs are unique per film only. */
function bySlug(collection: Schedulable, slug: string): Where {
  if (collection !== 'symbols') return { slug: { equals: slug } }
  const [film, symbol] = slug.split('/')
  if (!film || !symbol)
    throw new ScheduleError(
      `Name a symbol as <film-slug>/<symbol-slug>, e.g. miracle-in-cell-no-7/sailor-moon-backpack; got "${slug}".`,
    )
  return { and: [{ slug: { equals: symbol } }, { 'film.slug': { equals: film } }] }
}

export type ScheduleRequest = { type: ScheduleType; collection: Schedulable; slug: string; at: Date; as?: string }

/**
 * Queues the same `schedulePublish` job the admin's Schedule Publish drawer queues, so the app's
 * runner carries it out. With `as`, the job runs as that user and their access rules decide.
 */
export async function schedule(
  payload: Payload,
  request: ScheduleRequest,
): Promise<{ id: string | number; waitUntil: string }> {
  const { docs } = await payload.find({
    collection: request.collection,
    where: bySlug(request.collection, request.slug),
    draft: true,
    depth: 0,
    limit: 1,
  })
  const doc = docs[0]
  if (!doc) throw new ScheduleError(`No ${request.collection} document has the slug "${request.slug}".`)
  let user: { relationTo: 'users'; value: User['id'] } | undefined
  if (request.as) {
    const { docs: users } = await payload.find({
      collection: 'users',
      where: { email: { equals: request.as } },
      depth: 0,
      limit: 1,
    })
    if (!users[0]) throw new ScheduleError(`No user has the email ${request.as}.`)
    user = { relationTo: 'users', value: users[0].id }
  }
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    // The generated input type pairs each collection with its own document type; the pair is right by construction.
    input: { type: request.type, doc: { relationTo: request.collection, value: doc.id }, user },
    waitUntil: request.at,
  })
  return { id: job.id, waitUntil: request.at.toISOString() }
}
