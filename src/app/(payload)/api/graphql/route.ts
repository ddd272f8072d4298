import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitJsonBody } from '@/config/bodyLimit'
import { withClientErrorStatus } from '@/config/graphqlClientErrors'
import { withRefusalStatus } from '@/config/refusalResponses'

export const POST = withClientErrorStatus(withRefusalStatus(limitJsonBody(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
