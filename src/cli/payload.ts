import nextEnv from '@next/env'
import { getPayload, type Payload } from 'payload'

import { stderrLogger } from './output'

/**
 * The Payload instance of a command-line tool: `.env` files loaded as Next.js would, the
 * database named by DATABASE_URI, Payload's logger on stderr.
 */
export async function startCliPayload(): Promise<Payload> {
  nextEnv.loadEnvConfig(process.cwd())
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  return getPayload({ config: { ...config, logger: stderrLogger } })
}
