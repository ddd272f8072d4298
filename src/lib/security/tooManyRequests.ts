import type { Limited } from './rateLimit'

const WHAT = { login: 'login attempts', search: 'searches' } as const

export const tooManyMessage = ({ kind, retryAfterSeconds }: Limited): string =>
  `Too many ${WHAT[kind]} from your address. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`

/**
 * 429 with Retry-After: JSON in Payload's error shape for the API, a small page for the site's
 * search (no script, no style: it passes the page policy as it is).
 */
export function tooManyRequests(limited: Limited, api: boolean, headers: Record<string, string>): Response {
  const message = tooManyMessage(limited)
  const common = { ...headers, 'Retry-After': String(limited.retryAfterSeconds), 'Cache-Control': 'no-store' }
  if (api) return Response.json({ errors: [{ message }] }, { status: 429, headers: common })
  const page = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many searches — Subtext</title>
<h1>Too many searches</h1>
<p>${message}</p>
<p><a href="/">Back to Subtext</a></p>
</html>
`
  return new Response(page, { status: 429, headers: { ...common, 'Content-Type': 'text/html; charset=utf-8' } })
}
