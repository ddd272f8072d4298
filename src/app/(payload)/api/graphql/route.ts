import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withSecureSessionCookies } from '../../../../../collections/Users/sessionCookie'
import { limitBody } from '@/api/bodyLimit'
import { withClientErrorStatus } from '@/api/graphqlClientErrors'
import { refuseFragmentCycles } from '@/api/graphqlDocument'
import { withRefusalStatus } from '@/api/refusalResponses'
import { withUncheckedSessionsUnavailable } from '@/api/unavailableResponses'

export const POST = withSecureSessionCookies(
  withClientErrorStatus(
    withRefusalStatus(limitBody(refuseFragmentCycles(withUncheckedSessionsUnavailable(GRAPHQL_POST(config))))),
  ),
)
export const OPTIONS = REST_OPTIONS(config)
