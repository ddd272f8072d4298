import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Resolve metadata before sending any HTML, for every visitor. Next otherwise streams it to
  // browsers it does not count as limited bots, and a page that turns out to be missing after the
  // shell was sent gets its 404 body only through JavaScript (the status is right, the HTML empty).
  htmlLimitedBots: /./,
  experimental: {
    // Keep cached content in memory only. Writes made while the server is down (an import, a
    // restore) cannot expire a cache on disk, so a restart must start with a fresh one.
    isrFlushToDisk: false,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Uploads are served by Payload on this origin; nothing else is optimised.
    localPatterns: [{ pathname: '/api/media/file/**', search: '' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
