import type { Metadata } from 'next'
import type React from 'react'

import { siteMetadata } from '@/lib/seo/metadata'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { PreviewBanner } from '@/components/preview/PreviewBanner'

import { serifLatin, serifLatinExtended } from './fonts'

import './styles.css'

export const metadata: Metadata = siteMetadata

// Every page below is rendered on its first request and then served from Next's cache until a change
// expires its tags (src/lib/revalidate.ts). This bounds how long a shared cache that hears of no
// change may keep one: its `s-maxage` (docs/caching.md). A literal, as Next requires.
export const revalidate = 60

// Links across the site are plain <a>, not next/link: every page renders at request time, so
// client-side navigation would save little, while next/link would hydrate and prefetch each of
// the dozens of links on an analysis on the reader's phone.

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${serifLatin.variable} ${serifLatinExtended.variable}`}>
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
