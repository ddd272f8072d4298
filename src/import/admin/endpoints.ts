import type { Endpoint } from 'payload'

import { confirmHandler } from './confirm'
import { previewHandler } from './preview'

/** The admin's "Import files" view talks to these; see src/components/admin/import. */
export const importEndpoints: Endpoint[] = [
  { path: '/import/preview', method: 'post', handler: previewHandler },
  { path: '/import/confirm', method: 'post', handler: confirmHandler },
]
