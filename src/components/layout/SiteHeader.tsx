import Link from 'next/link'

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="site-header__brand">
        Subtext
      </Link>
      <span className="site-header__strap">Film analysis: symbols, questions, meaning</span>
    </header>
  )
}
