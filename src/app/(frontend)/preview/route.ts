import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { withUncheckedSessionsUnavailable } from '@/api/unavailableResponses'
import { payloadClient } from '@/lib/payload'
import { sameSitePath } from '@/lib/publicPath'

/**
 * Switches Next's draft mode on for a signed-in Subtext user and opens the page. A visitor without
 * a session gets 401 and no draft-mode cookie; a session that could not be checked, 503.
 */
export const GET = withUncheckedSessionsUnavailable(async (request: NextRequest): Promise<Response> => {
  const path = sameSitePath(request.nextUrl.searchParams.get('path'))
  if (!path) return new Response('Give the page to preview as ?path=/films/<slug>.', { status: 400 })
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return new Response('Sign in to the admin to preview drafts.', { status: 401 })
  ;(await draftMode()).enable()
  redirect(path)
})
