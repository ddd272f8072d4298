import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/** The admin's import view at /admin/import and the nav link to it; paths are for the import map. */
export const importAdmin = {
  views: {
    importFiles: { Component: '/src/components/admin/import/ImportView#ImportView', path: '/import', exact: true },
  },
  afterNavLinks: ['/src/components/admin/import/ImportNavLink#ImportNavLink'],
} satisfies AdminComponents
