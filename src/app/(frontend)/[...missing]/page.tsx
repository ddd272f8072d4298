import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'

// With two root layouts (the site's and Payload's) there is no app-wide not-found page, so an
// address no route claims would get Next's bare 404. Claiming every such address here gives it
// the reading site's own 404, inside its layout.
export const metadata: Metadata = NOT_FOUND_METADATA

export default function UnknownAddress(): never {
  notFound()
}
