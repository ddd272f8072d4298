import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: {
    formats: ['image/avif', 'image/webp'],
    // Uploads are served by Payload on this origin; nothing else is optimised.
    localPatterns: [{ pathname: '/api/media/file/**', search: '' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
