import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { sameSitePath } from '@/lib/publicPath'

export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(sameSitePath(request.nextUrl.searchParams.get('path')) ?? '/')
}
