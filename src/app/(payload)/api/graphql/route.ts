import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitBody } from '@/config/bodyLimit'
import { withClientErrorStatus } from '@/config/graphqlClientErrors'
import { refuseFragmentCycles } from '@/config/graphqlDocument'

export const POST = withClientErrorStatus(limitBody(refuseFragmentCycles(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
