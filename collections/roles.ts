// One source of truth for the roles and what each may do.
export const ROLES = ['admin', 'editor', 'writer'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin — also manages users',
  editor: 'Editor — edits anything, publishes and unpublishes',
  writer: 'Writer — creates and edits drafts',
}
