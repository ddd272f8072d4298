import type { Metadata } from 'next'
import type React from 'react'

import { siteMetadata } from '@/lib/seo/metadata'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { PreviewBanner } from '@/components/preview/PreviewBanner'

import './styles.css'

export const metadata: Metadata = siteMetadata

// Links across the site are plain <a>, not next/link: every page renders at request time, so
// client-side navigation would save little, while next/link would hydrate and prefetch each of
// the dozens of links on an analysis on the reader's phone.

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <PreviewBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
