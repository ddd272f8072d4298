import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Role } from './roles'

// Tiny named rules, reused by every collection. A rule answers for the request's user;
// the Local API only consults them when called with `overrideAccess: false`.

type Req = Pick<PayloadRequest, 'user'>

const roleOf = (req: Req): Role | undefined => {
  const role = (req.user as { role?: unknown } | null | undefined)?.role
  return role === 'admin' || role === 'editor' || role === 'writer' ? role : undefined
}

export const hasRole = (req: Req, ...roles: Role[]): boolean => {
  const role = roleOf(req)
  return role !== undefined && roles.includes(role)
}

export const anyone: Access = () => true
export const signedIn: Access = ({ req }) => roleOf(req) !== undefined
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')
export const isEditor: Access = ({ req }) => hasRole(req, 'admin', 'editor')
export const isWriter: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'writer')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
export const isEditorField: FieldAccess = ({ req }) => hasRole(req, 'admin', 'editor')

const published: Where = { _status: { equals: 'published' } }
const notPublished: Where = { _status: { not_equals: 'published' } }

/** Visitors read published documents only; anyone signed in also reads drafts. */
export const publishedOrSignedIn: Access = ({ req }) => (roleOf(req) ? true : published)

const wantsToPublish = (data: unknown): boolean => (data as { _status?: unknown } | undefined)?._status === 'published'

/** Editors create anything; writers create drafts only. */
export const createDraftOrEdit: Access = ({ req, data }) =>
  hasRole(req, 'admin', 'editor') || (hasRole(req, 'writer') && !wantsToPublish(data))

/**
 * Editors update (and so publish, unpublish, schedule and restore) anything; writers only touch
 * their own documents while unpublished, and never publish them. Restoring a version and running
 * a scheduled publish go through this same rule, as the user who asked.
 */
export const updateDraftOrEdit: Access = ({ req, data }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (!req.user || !hasRole(req, 'writer') || wantsToPublish(data)) return false
  return { and: [notPublished, { author: { equals: req.user.id } }] }
}

const self = (req: Req): Where | false => (req.user ? { id: { equals: req.user.id } } : false)

/** A user may update their own account; admins manage everyone's. */
export const adminOrSelf: Access = ({ req }) => hasRole(req, 'admin') || self(req)

/** Editors see the staff whose work they review and assign; writers see only themselves. */
export const editorOrSelf: Access = ({ req }) => hasRole(req, 'admin', 'editor') || self(req)

/** Films, symbols and essays: public when published, drafted by writers, published by editors. */
export const editorialAccess = {
  read: publishedOrSignedIn,
  readVersions: signedIn,
  create: createDraftOrEdit,
  update: updateDraftOrEdit,
  delete: isEditor,
} satisfies Record<string, Access>

/**
 * A symbol or essay is public only when its film is too (an essay: one of its films), or a
 * published symbol would show a draft film's title and slug to anyone. `filmPath` is the
 * relationship to the film; Payload joins it in the query.
 */
const publishedWithFilm =
  (filmPath: 'film' | 'films'): Access =>
  ({ req }) =>
    roleOf(req) ? true : { and: [published, { [`${filmPath}._status`]: { equals: 'published' } }] }

export const symbolAccess = { ...editorialAccess, read: publishedWithFilm('film') } satisfies Record<string, Access>
export const essayAccess = { ...editorialAccess, read: publishedWithFilm('films') } satisfies Record<string, Access>

/** `admin.hidden` of internal collections (the search index): in the nav of admins only. */
export const hiddenUnlessAdmin = ({ user }: { user: unknown }): boolean => !hasRole({ user } as Req, 'admin')
