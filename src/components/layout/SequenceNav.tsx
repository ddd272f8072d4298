type Step = { href: string; title: string } | null

type Props = { label: string; previous: Step; next: Step; noun: string }

/** Previous and next within a film's symbols or essays, so a reader can go through them in order. */
export function SequenceNav({ label, previous, next, noun }: Props) {
  if (!previous && !next) return null
  return (
    <nav className="sequence" aria-label={label}>
      {previous ? (
        <a href={previous.href} rel="prev" className="sequence__link sequence__link--prev">
          <span className="sequence__dir">← Previous {noun}</span>
          <span className="sequence__title">{previous.title}</span>
        </a>
      ) : null}
      {next ? (
        <a href={next.href} rel="next" className="sequence__link sequence__link--next">
          <span className="sequence__dir">Next {noun} →</span>
          <span className="sequence__title">{next.title}</span>
        </a>
      ) : null}
    </nav>
  )
}
