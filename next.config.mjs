import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Resolve metadata before sending any HTML, for every visitor. Next otherwise streams it to
  // browsers it does not count as limited bots, and a page that turns out to be missing after the
  // shell was sent gets its 404 body only through JavaScript (the status is right, the HTML empty).
  htmlLimitedBots: /./,
  // No X-Powered-By (withPayload adds 'Next.js, Payload' unless this is false): it only tells an attacker what to try.
  poweredByHeader: false,
  // Compression happens in src/lib/security/requestStart.ts, inside which each response gets its own
  // CSP nonce: Next's would wrap the response outside it and hand the substitution gzip.
  compress: false,
  // A page's ETag would name the cached HTML, not the response: a 304 would pair the browser's copy
  // (with an earlier response's nonce) with a new response's policy, and its scripts would not run.
  generateEtags: false,
  // How long a shared cache may serve a page after Next last rendered it, stale while it asks again
  // (the pages' own revalidate in src/app/(frontend)/layout.tsx is how long it is fresh).
  expireTime: 3600,
  // Next's own cache, or with REDIS_URL one shared by every instance on Redis, plus the rule that a
  // render begun before a change to its content is stale (src/lib/cache/pageCacheHandler.mjs;
  // docs/caching.md, "Freshness under concurrent readers" and "Several instances").
  cacheHandler: fileURLToPath(new URL('./src/lib/cache/pageCacheHandler.mjs', import.meta.url)),
  // Loaded from node_modules rather than bundled: the cache handler (outside the bundle) and the rate
  // limits (inside it) share one connection (src/lib/cache/redis.mjs), made by one copy of the client.
  serverExternalPackages: ['@redis/client'],
  experimental: {
    // Leave the server bundle's names as written. Payload names each error after its class
    // (`this.name = this.constructor.name`) and chooses its log level by that name (loggingLevels:
    // NotFound, Forbidden, ValidationError… at info); minified, every class was "A" or "e", and a
    // client's 404, 403 or 400 was logged at ERROR with its stack. Naming Payload's classes by hand
    // would be a patch to every error it has and will add; this is Next's own switch. Its cost:
    // .next/server grew from 137 to 188 MB, parsed once as an instance starts (Next warns of slower
    // cold starts, which matter to serverless, not to long-running instances); what browsers load
    // is unchanged.
    serverMinification: false,
    // Keep cached content in memory only. Writes made while the server is down (an import, a
    // restore) cannot expire a cache on disk, so a restart must start with a fresh one.
    isrFlushToDisk: false,
    // Next gives a route at most this much of a request body (because of src/proxy.ts) and cuts the
    // rest without a word. It must exceed MAX_MULTIPART_BYTES (src/api/bodyLimit.ts: a 10 MB file
    // and its form fields), so every upload the API accepts arrives whole and any larger is a 413.
    proxyClientMaxBodySize: '12mb',
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Uploads are served by Payload on this origin, films' generated covers by src/app/(frontend)/covers;
    // nothing else is optimised.
    localPatterns: [
      { pathname: '/api/media/file/**', search: '' },
      { pathname: '/covers/**', search: '' },
    ],
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * withPayload asks every route for the Sec-CH-Prefers-Color-Scheme client hint (Accept-CH, Vary,
 * Critical-CH) for the admin's theme. On the reading site, whose dark mode is pure CSS, Critical-CH
 * makes Chromium retry a visitor's first navigation and Vary splits every shared cache by the hint:
 * keep them to the admin (docs/upstream-payload.md).
 */
const asksForColorScheme = (rule) => rule.headers.some((header) => header.key === 'Critical-CH')
const withPayloadHeaders = config.headers
config.headers = async () =>
  (await withPayloadHeaders()).map((rule) => (asksForColorScheme(rule) ? { ...rule, source: '/admin/:path*' } : rule))

export default config
