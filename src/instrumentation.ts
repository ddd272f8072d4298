/**
 * Runs once as the server starts, before it handles a request.
 *
 * - Hooks every request's start to record its TCP peer for the rate limits and give its response
 *   the baseline security headers (src/lib/security/requestStart.ts). A proxy setting that cannot
 *   be read stops the server here, rather than guessing how far to trust X-Forwarded-For.
 * - Starts Payload and its job runner (src/config/jobs.ts), so scheduled changes happen while
 *   nobody visits. Started here, the runner's timers belong to no request; started by the first
 *   admin page (Payload's default), they would run inside that page's render, where Next forbids
 *   expiring cache tags.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxyHops } = await import('./lib/security/client')
  const { installRequestStartHooks } = await import('./lib/security/requestStart')
  installRequestStartHooks(trustedProxyHops(process.env.TRUSTED_PROXY_HOPS))
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
