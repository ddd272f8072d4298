import { randomBytes } from 'node:crypto'

import nextEnv from '@next/env'
import { getPayload, type Payload } from 'payload'

import { siteSecret } from '../config/secret'
import { databaseAdapter } from '../database/adapter'
import { siteURL } from '../lib/urls'
import { withoutSiteSecret } from '../lib/revalidate'
import { stderrLogger } from './output'
import { prepareSchema } from './schema'

export type CliOptions = {
  /** `npm run dev`'s first run: the development `.env` files, and it creates a development database's schema. */
  development?: boolean
  /** The tool changes what the site shows: say once when it cannot ask the running site to refresh. */
  refreshesSite?: boolean
}

/**
 * The Payload instance of a command-line tool; every tool starts Payload here. `.env` files are
 * loaded as Next.js loads them, the database is the one DATABASE_URI names, Payload logs to stderr.
 * The tool never changes the database's schema (./schema.ts) and needs PAYLOAD_SECRET only to ask
 * the running site to refresh its cache.
 */
export async function startCliPayload({
  development = false,
  refreshesSite = false,
}: CliOptions = {}): Promise<Payload> {
  nextEnv.loadEnvConfig(process.cwd(), development || process.env.NODE_ENV === 'development')
  const secret = siteSecret()
  // The config checks PAYLOAD_SECRET as it loads, so that a production server never starts without
  // a strong one; a tool without it gets a one-off random secret, which signs nothing it sends.
  if (!secret) process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  // Outside production Payload follows `next dev`'s hot reloads, reconnecting to the database; a tool must not.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({
    config: {
      ...config,
      db: { ...config.db, ...databaseAdapter(undefined, { push: false, create: development }) },
      logger: stderrLogger,
      // Outside production Payload rewrites src/payload-types.ts as it starts; a tool changes no source file.
      typescript: { ...config.typescript, autoGenerate: false },
      custom: secret ? config.custom : withoutSiteSecret(config.custom),
    },
  })
  try {
    await prepareSchema(payload, { development })
  } catch (error) {
    await payload.destroy()
    throw error
  }
  if (refreshesSite && !secret) {
    process.stderr.write(
      `warning: PAYLOAD_SECRET is not set, so the site at ${siteURL()} is not asked to refresh its cache and may show old content until it restarts; to refresh it, set PAYLOAD_SECRET to the site's secret.\n`,
    )
  }
  return payload
}
