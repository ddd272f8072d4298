'use client'

import { paths } from '@/lib/urls'

// Next renders this in place of a page that threw. The server has already logged the error, so
// nothing is logged again here; the reader gets a way to try again or to leave.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="wrap reading">
      <header className="page-heading">
        <h1>Something went wrong</h1>
        <p className="lede">This page could not be shown just now.</p>
      </header>
      <p className="way-out">
        <button type="button" onClick={retry}>
          Try again
        </button>{' '}
        or <a href={paths.home()}>go to the home page</a>.
      </p>
    </div>
  )
}
