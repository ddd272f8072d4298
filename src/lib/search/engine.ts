import type { Payload, PayloadRequest } from 'payload'

import type { ParsedQuery } from './text'

/** One row of the plugin's `search` collection, as the full-text index needs it. */
export type IndexEntry = { id: number | string; title: string; text: string }

export type Ranked = {
  /** The ids of the `search` rows on the asked page, best first. */
  ids: (number | string)[]
  /**
   * How many rows match, counted no further than CANDIDATES + 1: counting every match of a common
   * word cost as much as ranking them, and past the results a visitor can page to the figure is
   * only shown as "more than".
   */
  total: number
}

/**
 * The database's own full-text engine over the `search` collection. Every engine ranks in the
 * same tiers — the title is the query, the phrase in the title, every word in the title, the phrase
 * in the text, every word anywhere — then by its own relevance score (title weighted above text), then by kind and
 * title, so the results read the same whichever database runs the site.
 */
export interface SearchEngine {
  /** Creates the index if the database lacks it (a pushed development schema) and fills it. */
  ensure(payload: Payload): Promise<void>
  /** Writes a row's entry, in the transaction of `req`. */
  write(req: PayloadRequest, entry: IndexEntry): Promise<void>
  /** Removes a row's entry, in the transaction of `req`. */
  remove(req: PayloadRequest, id: number | string): Promise<void>
  search(payload: Payload, query: ParsedQuery, page: { limit: number; offset: number }): Promise<Ranked>
}
