import type { RelationshipField } from 'payload'

/** The themes a document carries; shared by films, symbols and essays. */
export const themesField = (): RelationshipField => ({
  name: 'themes',
  type: 'relationship',
  relationTo: 'themes',
  hasMany: true,
  admin: { position: 'sidebar' },
})
