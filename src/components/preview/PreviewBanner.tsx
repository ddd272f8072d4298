import { getViewer } from '@/lib/content'

import { LivePreviewRefresh } from './LivePreviewRefresh'

/**
 * Shown only to a signed-in editor in draft mode: says drafts are visible and offers the way out.
 * Visitors never load the live-preview script.
 */
export async function PreviewBanner() {
  const viewer = await getViewer()
  if (!viewer.preview) return null
  return (
    <div className="preview-banner" role="status">
      <p>
        Preview: you are seeing drafts as {viewer.user.name}.{' '}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler, not a page: a <Link> would prefetch it and leave preview on sight */}
        <a href="/preview/exit">Leave preview</a>
      </p>
      <LivePreviewRefresh />
    </div>
  )
}
