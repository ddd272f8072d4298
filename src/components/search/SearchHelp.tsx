import { paths } from '@/lib/urls'

/** What to try when a query is too short or finds nothing. */
export function SearchHelp() {
  return (
    <div className="search-help">
      <p>Search looks through titles first, then the analyses themselves. Try:</p>
      <ul>
        <li>a film’s title, in English or the original (“Life Is Beautiful”, “La vita è bella”, “7번방의 선물”);</li>
        <li>a symbol or a theme (“backpack”, “sacrifice”), or a person’s name;</li>
        <li>fewer words: every word must appear somewhere.</li>
      </ul>
      <p>
        Or browse <a href={paths.films()}>all films</a> and <a href={paths.themes()}>all themes</a>.
      </p>
    </div>
  )
}
