import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withClientErrorStatus } from '@/config/graphqlClientErrors'

export const POST = withClientErrorStatus(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
