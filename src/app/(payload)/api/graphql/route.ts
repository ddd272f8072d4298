import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withSecureSessionCookies } from '../../../../../collections/Users/sessionCookie'
import { limitJsonBody } from '@/config/bodyLimit'
import { withClientErrorStatus } from '@/config/graphqlClientErrors'

export const POST = withSecureSessionCookies(withClientErrorStatus(limitJsonBody(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
