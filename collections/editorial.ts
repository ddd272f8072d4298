import type { CollectionConfig, Field } from 'payload'

import { authorField } from './fields/author'
import { reviewField } from './fields/review'

// What films, symbols and essays share as editorial work: drafts with history, scheduling,
// an owner and a review state. Their access rules are `editorialAccess` in ./access.

export const editorialVersions = {
  drafts: {
    autosave: { interval: 2000 },
    // Drafts must be valid to save. Payload then opens the create view without creating a document
    // (with autosave alone it creates an empty draft on every visit, left behind if the editor
    // leaves) and starts autosaving once the first save has created it; and no symbol exists
    // before its film is chosen.
    validate: true,
    // Payload queues a `schedulePublish` job; the app's own job runner (payload.config.ts) runs it.
    schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
  },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']

export const editorialFields = (): Field[] => [reviewField(), authorField()]

/** List columns an editor scans first: where the work stands and whose it is. */
export const EDITORIAL_COLUMNS = ['review', 'author'] as const
