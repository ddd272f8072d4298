import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withSecureSessionCookies } from '../../../../../collections/Users/sessionCookie'
import { limitBody } from '@/config/bodyLimit'
import { withClientErrorStatus } from '@/config/graphqlClientErrors'
import { refuseFragmentCycles } from '@/config/graphqlDocument'
import { withRefusalStatus } from '@/config/refusalResponses'

export const POST = withSecureSessionCookies(
  withClientErrorStatus(withRefusalStatus(limitBody(refuseFragmentCycles(GRAPHQL_POST(config))))),
)
export const OPTIONS = REST_OPTIONS(config)
