import type React from 'react'

type Props = {
  /** A short line above the title saying what kind of page this is. */
  eyebrow?: React.ReactNode
  title: React.ReactNode
  children?: React.ReactNode
}

export function PageHeading({ eyebrow, title, children }: Props) {
  return (
    <header className="page-heading">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1>{title}</h1>
      {children}
    </header>
  )
}
