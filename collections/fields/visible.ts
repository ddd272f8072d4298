import type { CheckboxField } from 'payload'

/**
 * Whether a visitor may read the symbol or essay (published, and its film or one of its films
 * too), kept for the counts of the whole catalogue: src/lib/content/visibleColumn.ts. Only the
 * hooks write it, in SQL (collections/hooks/visible.ts): hidden from the admin and the API, and no
 * user may set it (a value given anyway is overwritten by the hooks in the same transaction).
 */
export const visibleField = (): CheckboxField => ({
  name: 'visible',
  type: 'checkbox',
  defaultValue: false,
  hidden: true,
  access: { create: () => false, update: () => false },
})
