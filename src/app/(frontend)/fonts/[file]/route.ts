import { readFile } from 'node:fs/promises'

import { cjkFontFile } from '@/lib/cjkFonts'

type Props = { params: Promise<{ file: string }> }

/**
 * GET /fonts/<file> — one of the Korean and Japanese font files a page's font faces name
 * (src/lib/cjkFonts.ts). The package version is in the name, so the file under it never changes.
 */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const local = cjkFontFile((await params).file)
  if (!local) {
    return new Response('No such font.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return new Response(new Uint8Array(await readFile(local)), {
    headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
