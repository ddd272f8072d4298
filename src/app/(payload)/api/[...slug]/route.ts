import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withSecureSessionCookies } from '../../../../../collections/Users/sessionCookie'
import { limitBody } from '@/api/bodyLimit'
import { withoutMissingVersions } from '@/api/versionsRoutes'

export const GET = withoutMissingVersions(config, REST_GET(config))
export const POST = withoutMissingVersions(config, withSecureSessionCookies(limitBody(REST_POST(config))))
export const DELETE = REST_DELETE(config)
export const PATCH = limitBody(REST_PATCH(config))
export const PUT = limitBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
