import type { SearchResult } from '@/lib/content'

/** Ranked results; each says what it is, which film it belongs to and why it matched. */
export function SearchResults({ results }: { results: SearchResult[] }) {
  return (
    <ol className="results">
      {results.map((result) => (
        <li key={result.id} className="result">
          <p className="result__kind">
            {result.kind}
            {result.films.length ? <span className="result__films"> · {result.films.join(', ')}</span> : null}
          </p>
          <h2 className="result__title">
            <a href={result.url}>{result.title}</a>
          </h2>
          {result.snippet ? (
            <p className="result__snippet">
              {/* Text nodes and <mark> elements only: the index's text is never parsed as HTML. */}
              {result.snippet.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
