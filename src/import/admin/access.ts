import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../collections/access'
import { RequestProblem } from './body'
import type { ExistingFilm, PublishStatus } from './types'

// Who may import from the admin. Writers may import, as drafts only, like in the rest of the
// admin; editors and admins import and publish. The collections' own access rules still run on
// every write (overrideAccess: false), these checks only answer early and clearly.

export const canPublish = (req: PayloadRequest): boolean => hasRole(req, 'admin', 'editor')

export function requireImporter(req: PayloadRequest): void {
  if (!req.user) throw new RequestProblem(401, 'Sign in to the admin to import films.')
  if (!hasRole(req, 'admin', 'editor', 'writer')) throw new RequestProblem(403, 'Your account may not import films.')
}

export function requireMayWrite(req: PayloadRequest, status: PublishStatus): void {
  if (status === 'published' && !canPublish(req)) {
    throw new RequestProblem(
      403,
      'Writers can import films as drafts only: choose "Draft", and an editor will publish them.',
    )
  }
}

/** Why this user cannot import over this existing film, or null when they can. */
export function refusalFor(req: PayloadRequest, existing: ExistingFilm | null): string | null {
  if (existing?.status === 'published' && !canPublish(req)) {
    return 'This film is already published, and writers cannot change published films. Ask an editor to import this file.'
  }
  return null
}
