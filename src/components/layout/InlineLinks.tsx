import { Fragment } from 'react'

/** `note` follows the link in parentheses, e.g. the character an actor plays. */
export type InlineLink = { href: string; label: string; note?: string | null }

/**
 * Links read as a comma-separated list ("Drama, Comedy"). A separator right after a link sits
 * inside the link's text, so anything that turns markup into text (reader modes, the e2e text
 * checks) reads "Drama, Comedy" rather than "Drama , Comedy"; aria-label keeps the link's name
 * the bare term.
 */
export function InlineLinks({ links }: { links: InlineLink[] }) {
  return links.map(({ href, label, note }, i) => {
    const last = i === links.length - 1
    const separator = last ? '' : ', '
    return (
      <Fragment key={`${i}:${href}`}>
        {note ? (
          <>
            <a href={href}>{label}</a>
            {` (${note})${separator}`}
          </>
        ) : last ? (
          <a href={href}>{label}</a>
        ) : (
          <>
            <a href={href} aria-label={label}>{`${label},`}</a>{' '}
          </>
        )}
      </Fragment>
    )
  })
}
