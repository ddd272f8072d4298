import { MinimalTemplate } from '@payloadcms/next/templates'

import { UNAVAILABLE_MESSAGE } from '@/database/unavailable'

/**
 * What the admin shows in place of a page while the database cannot be reached: Payload's own
 * template, the words of the API's 503, and a link that asks for the same page again. Without it
 * an editor was sent to the login page, which showed Next's bare "This page couldn't load. A
 * server error occurred." Without `retryPath` the link asks for the page it is on.
 */
export const DatabaseUnavailable = ({ retryPath = '' }: { retryPath?: string }) => (
  <MinimalTemplate>
    <h1>The database cannot be reached</h1>
    <p>{UNAVAILABLE_MESSAGE}</p>
    <a href={retryPath}>Try again</a>
  </MinimalTemplate>
)
