import type { FieldHook, RelationshipField, TypeWithID } from 'payload'

import { hasRole, isEditorField } from '../access'

/**
 * Whoever creates a document owns it, unless an editor names someone else: a writer cannot
 * create work in another's name, and only editors reassign it later.
 */
const ownerOnCreate: FieldHook<TypeWithID, number | string | null | undefined> = ({ operation, req, value }) => {
  if (operation !== 'create' || !req.user) return value
  return hasRole(req, 'admin', 'editor') ? (value ?? req.user.id) : req.user.id
}

/** The writer who owns a film, symbol or essay; writers may edit only what they own. */
export const authorField = (): RelationshipField => ({
  name: 'author',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: { update: isEditorField },
  hooks: { beforeChange: [ownerOnCreate] },
  admin: { position: 'sidebar', description: 'Owner of this work. Writers may edit only their own drafts.' },
})
