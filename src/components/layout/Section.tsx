import type React from 'react'

type Props = { id: string; heading: React.ReactNode; children: React.ReactNode; className?: string }

/** A titled part of a page: the whole section is the target of in-page links (#id), its h2 names it. */
export function Section({ id, heading, children, className }: Props) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={className ? `section ${className}` : 'section'}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  )
}
