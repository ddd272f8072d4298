import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { sameSitePath } from '@/lib/publicPath'

/** Leaves draft mode and returns to `path` (default: the home page). */
export async function GET(request: NextRequest): Promise<Response> {
  const asked = request.nextUrl.searchParams.get('path')
  const path = asked === null ? '/' : sameSitePath(asked)
  if (!path)
    return new Response('Give the page to return to as ?path=/films/<slug>: a path on this site.', { status: 400 })
  ;(await draftMode()).disable()
  redirect(path)
}
