/**
 * Runs once as the server starts, before it handles a request: hooks every request's start to
 * record its TCP peer for the rate limits and give its response the baseline security headers
 * (src/lib/security/requestStart.ts). A proxy setting that cannot be read stops the server here,
 * rather than guessing how far to trust X-Forwarded-For.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxyHops } = await import('./lib/security/client')
  const { installRequestStartHooks } = await import('./lib/security/requestStart')
  installRequestStartHooks(trustedProxyHops(process.env.TRUSTED_PROXY_HOPS))
}
