import { paths } from '@/lib/urls'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <a href={paths.home()} className="site-footer__brand">
            Subtext
          </a>{' '}
          — close readings of films: their symbols and motifs, the questions they raise, and what they mean.
        </p>
        <ul className="site-footer__links">
          <li>
            <a href={paths.films()}>All films</a>
          </li>
          <li>
            <a href={paths.themes()}>Themes</a>
          </li>
          <li>
            <a href={paths.symbols()}>Symbol atlas</a>
          </li>
          <li>
            <a href={paths.essays()}>Essays</a>
          </li>
          <li>
            <a href={paths.search()}>Search</a>
          </li>
          <li>
            {/* A plain link: the feed is XML, not a page of this app. */}
            <a href={paths.feed()}>RSS feed</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
