import type { Metadata } from 'next'

import { SITE_NAME } from '@/lib/seo/metadata'
import { paths } from '@/lib/urls'
import { PageHeading } from '@/components/layout/PageHeading'
import { SearchForm } from '@/components/search/SearchForm'

// Next marks the page noindex itself. The title is absolute: Next renders a 404 outside the
// segment that would apply the layout's title template (a `notFound()` from a page kept its
// own title, or the site's default).
export const metadata: Metadata = { title: { absolute: `Page not found — ${SITE_NAME}` } }

export default function NotFound() {
  return (
    <div className="wrap reading">
      <PageHeading eyebrow="Error 404" title="Page not found">
        <p className="lede">
          There is no published analysis at this address. It may have moved, or not be published yet.
        </p>
      </PageHeading>
      <ul className="way-out">
        <li>
          <a href={paths.home()}>Go to the home page</a>
        </li>
        <li>
          <a href={paths.films()}>See all films</a>
        </li>
      </ul>
      <SearchForm
        id="not-found-search"
        name="Search the analyses"
        label="Search films, symbols, essays, themes and people"
        className="search-form search-form--page"
      />
    </div>
  )
}
