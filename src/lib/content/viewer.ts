import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import type { User } from '@/payload-types'

import { payloadClient } from '../payload'

export type Viewer = { preview: false; user: null } | { preview: true; user: User }

/**
 * Who is reading. Everyone is a visitor unless Next's draft mode is on AND the request carries
 * a signed-in Subtext user's session: a draft-mode cookie alone never shows a draft.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  if (!(await draftMode()).isEnabled) return { preview: false, user: null }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { preview: true, user: user } : { preview: false, user: null }
})

/** Local API options that make a query run as the viewer, never with Payload's default override. */
export type AsViewer = { overrideAccess: false; user?: User; draft?: boolean }

/**
 * Run a content query as the viewer. Visitors' results are cached under `tags` until a change to
 * one of them is published; previews read the latest drafts and are never cached.
 */
export async function asViewer<T>(key: string[], tags: string[], query: (access: AsViewer) => Promise<T>): Promise<T> {
  const viewer = await getViewer()
  if (viewer.preview) return query({ overrideAccess: false, user: viewer.user, draft: true })
  return unstable_cache(() => query({ overrideAccess: false }), key, { tags })()
}
