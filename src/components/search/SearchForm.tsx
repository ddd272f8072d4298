import { Suspense } from 'react'

import { SEARCH_LIMITS } from '@/lib/content'
import { paths } from '@/lib/urls'

import { UrlQueryInput } from './UrlQueryInput'

type Props = {
  /** Distinguishes the form's input id when a page shows two (the header's and the page's). */
  id: string
  /** The search landmark's name. */
  name: string
  /** The input's visible label (the header's is visually hidden). */
  label?: string
  /** The query to show; `'url'` shows the one in the address when on /search (for the header). */
  query?: string
  className?: string
}

/** A plain GET form: it works without JavaScript and its results have a shareable URL. */
export function SearchForm({ id, name, label = 'Search', query = '', className = 'search-form' }: Props) {
  const input = {
    id: `${id}-q`,
    name: 'q',
    type: 'search',
    maxLength: SEARCH_LIMITS.maxLength,
    placeholder: 'Films, themes, symbols…',
    autoComplete: 'off',
    enterKeyHint: 'search',
  } as const
  return (
    <form role="search" aria-label={name} action={paths.search()} method="get" className={className}>
      <label htmlFor={input.id} className="search-form__label">
        {label}
      </label>
      {query === 'url' ? (
        // Only a page prerendered at build time (Next's own 404) lacks the URL: it gets an empty box.
        <Suspense fallback={<input {...input} />}>
          <UrlQueryInput {...input} />
        </Suspense>
      ) : (
        <input {...input} defaultValue={query} />
      )}
      <button type="submit">Search</button>
    </form>
  )
}
