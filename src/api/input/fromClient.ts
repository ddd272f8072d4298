import type { PayloadRequest } from 'payload'

/**
 * True for requests that arrive over REST or GraphQL. The Local API (importer, restore, seeding,
 * the admin's server-rendered views) is trusted code that writes with the system's own keys.
 */
export const fromClient = (req: PayloadRequest): boolean => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
