type Props = { page: number; totalPages: number; href: (page: number) => string; label?: string }

/** The page numbers to offer: the ends, and the current page with its neighbours; null is a gap. */
function pageWindow(page: number, total: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]))
}

export function Pagination({ page, totalPages, href, label = 'Pages' }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="pagination__step">
          ← Previous
        </a>
      ) : null}
      <ol>
        {pageWindow(page, totalPages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">
                  <span className="visually-hidden">Page </span>
                  {n}
                </span>
              ) : (
                <a href={href(n)} aria-label={`Page ${n}`}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next" className="pagination__step">
          Next →
        </a>
      ) : null}
    </nav>
  )
}
