'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

/** "Import files" in the admin nav, marked up like Payload's own collection links so it looks the same. */
export function ImportNavLink() {
  const pathname = usePathname()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const href = formatAdminURL({ adminRoute, path: '/import' })
  const active = pathname === href
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Import files</span>
    </>
  )
  return (
    <NavGroup label="Tools">
      {active ? (
        <div className="nav__link" id="nav-import" aria-current="page">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-import" prefetch={false}>
          {label}
        </Link>
      )}
    </NavGroup>
  )
}
