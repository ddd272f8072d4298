import type { Metadata } from 'next'
import type React from 'react'

import { SiteHeader } from '@/components/layout/SiteHeader'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Subtext — film analysis', template: '%s — Subtext' },
  description: 'Close readings of films: their symbols and motifs, the questions they raise, and what they mean.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Subtext · analyses published with Payload</p>
        </footer>
      </body>
    </html>
  )
}
