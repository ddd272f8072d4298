import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const MIN_LENGTH = 32
const PLACEHOLDERS = /^(secret|changeme|change-me|your[-_ ]?secret.*|payload[-_ ]?secret|x+|0+)$/i
const DEV_SECRET_FILE = 'data/.dev-secret'

export class SecretError extends Error {}

const isProductionRuntime = (env: NodeJS.ProcessEnv): boolean =>
  env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'

/**
 * The secret that signs sessions. Production must provide a real one: a missing, short or
 * placeholder secret stops the server with a message saying what to set. Development gets a
 * random secret kept beside the database, so no known key ever signs a cookie.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env, devSecretFile = DEV_SECRET_FILE): string {
  if (isProductionRuntime(env)) {
    const given = env.PAYLOAD_SECRET?.trim()
    if (!given || given.length < MIN_LENGTH || PLACEHOLDERS.test(given)) {
      throw new SecretError(
        `PAYLOAD_SECRET must be set to a random string of at least ${MIN_LENGTH} characters in production ` +
          `(for example: PAYLOAD_SECRET=$(openssl rand -hex 32)). Subtext will not start without it.`,
      )
    }
    return given
  }
  const known = siteSecret(env, devSecretFile)
  if (known) return known
  // `next build` evaluates the config without serving anyone: any value will do there.
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-serves-requests'
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(devSecretFile), { recursive: true })
  writeFileSync(devSecretFile, secret, { mode: 0o600 })
  return secret
}

/**
 * The running site's secret as far as this process can know it: PAYLOAD_SECRET, or outside
 * production the development server's own. The command-line tools need it only to sign their
 * request to refresh the site's cache; null when neither is there.
 */
export function siteSecret(env: NodeJS.ProcessEnv = process.env, devSecretFile = DEV_SECRET_FILE): string | null {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) return given
  if (env.NODE_ENV !== 'production' && existsSync(devSecretFile)) return readFileSync(devSecretFile, 'utf8').trim()
  return null
}
