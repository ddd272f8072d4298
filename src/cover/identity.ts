import { createHash } from 'node:crypto'

/** A poster's 2:3, large enough for the film page's widest poster at 2x. */
export const COVER_SIZE = { width: 800, height: 1200 } as const

/**
 * Bump when the drawing changes, so every cover gets a new address and no cache keeps the old
 * picture under it.
 */
const COVER_DESIGN = 1

/**
 * The name of a film's cover as last saved: it changes whenever the film does (its `updatedAt`).
 * Genre and theme names are left out so a film card, which does not load them, can name the cover
 * too; renaming a genre redraws the picture under the same name (the /covers route's ETag follows it).
 */
export const coverVersion = (updatedAt: string): string =>
  createHash('sha256').update(`${COVER_DESIGN}\u0000${updatedAt}`).digest('hex').slice(0, 16)
