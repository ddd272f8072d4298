import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Resolve metadata before sending any HTML, for every visitor. Next otherwise streams it to
  // browsers it does not count as limited bots, and a page that turns out to be missing after the
  // shell was sent gets its 404 body only through JavaScript (the status is right, the HTML empty).
  htmlLimitedBots: /./,
  // No X-Powered-By (withPayload adds 'Next.js, Payload' unless this is false): it only tells an attacker what to try.
  poweredByHeader: false,
  experimental: {
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
    // Uploads are served by Payload on this origin; nothing else is optimised.
    localPatterns: [{ pathname: '/api/media/file/**', search: '' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
