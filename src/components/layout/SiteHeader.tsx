import { paths } from '@/lib/urls'
import { SearchForm } from '@/components/search/SearchForm'

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header__inner">
        <a href={paths.home()} className="site-header__brand">
          Subtext
        </a>
        <nav aria-label="Site" className="site-nav">
          <ul>
            <li>
              <a href={paths.films()}>Films</a>
            </li>
            <li>
              <a href={paths.themes()}>Themes</a>
            </li>
            <li>
              <a href={paths.symbols()}>Symbols</a>
            </li>
            <li>
              <a href={paths.essays()}>Essays</a>
            </li>
            <li>
              <a href={paths.search()}>Search</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" name="Site search" query="url" className="search-form search-form--compact" />
      </div>
    </header>
  )
}
