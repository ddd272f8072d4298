import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitJsonBody } from '@/config/bodyLimit'
import { withClientErrorStatus } from '@/config/graphqlClientErrors'
import { refuseFragmentCycles } from '@/config/graphqlDocument'

export const POST = withClientErrorStatus(limitJsonBody(refuseFragmentCycles(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
