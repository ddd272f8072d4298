import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
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
