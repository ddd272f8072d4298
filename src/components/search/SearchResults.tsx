import type { SearchResult } from '@/lib/content'

export function SearchResults({ results }: { results: SearchResult[] }) {
  return (
    <ol className="results">
      {results.map((result) => (
        <li key={`${result.kind}:${result.id}`} className="result">
          <p className="result__kind">{result.kind}</p>
          <h2 className="result__title">
            <a href={result.url}>{result.title}</a>
          </h2>
          {result.snippet ? (
            <p className="result__snippet">
              {result.snippet.before}
              <mark>{result.snippet.match}</mark>
              {result.snippet.after}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
