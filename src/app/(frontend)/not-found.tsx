import type { Metadata } from 'next'

import { paths } from '@/lib/urls'
import { PageHeading } from '@/components/layout/PageHeading'
import { NOT_FOUND_METADATA } from '@/components/seo/notFoundMetadata'
import { SearchForm } from '@/components/search/SearchForm'

export const metadata: Metadata = NOT_FOUND_METADATA

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
