export type ContentsEntry = { id: string; label: string; children?: { id: string; label: string }[] }

/** The analysis's table of contents: in-page links, so it works without JavaScript. */
export function FilmContents({ entries }: { entries: ContentsEntry[] }) {
  if (entries.length === 0) return null
  return (
    <nav className="contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="contents__heading">
        In this analysis
      </h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.label}</a>
            {entry.children?.length ? (
              <ol>
                {entry.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.label}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  )
}
