'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import type React from 'react'

import { paths } from '@/lib/urls'

/**
 * The header's search box, showing the query while the reader is on /search. The layout cannot
 * read the URL, so this small client component does; pages render at request time, so it is
 * filled in the server's HTML too and works without JavaScript. Keyed on the query so a new
 * search replaces what the box shows.
 */
export function UrlQueryInput(props: Omit<React.ComponentProps<'input'>, 'defaultValue'>) {
  const pathname = usePathname()
  const query = useSearchParams().get('q') ?? ''
  const shown = pathname === paths.search() ? query : ''
  return <input key={shown} {...props} defaultValue={shown} />
}
