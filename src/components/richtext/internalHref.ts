import { paths } from '@/lib/urls'

// An internal link stores the document it points to; at render time that document is populated
// (or only its id when the reader cannot see it, and then there is nothing to link to).

type LinkedDoc = { relationTo?: string; value?: unknown } | null | undefined

const byCollection: Record<string, (slug: string) => string> = {
  films: paths.film,
  essays: paths.essay,
  themes: paths.theme,
  genres: paths.genre,
  people: paths.person,
}

export function internalHref(doc: LinkedDoc): string | null {
  const slug = (doc?.value as { slug?: unknown } | undefined)?.slug
  const path = doc?.relationTo ? byCollection[doc.relationTo] : undefined
  return path && typeof slug === 'string' && slug ? path(slug) : null
}
