/**
 * Runs once as the server starts, before it handles a request: records each request's TCP peer
 * for the rate limits (see src/lib/security/peer.ts), and refuses to start with a proxy setting
 * that cannot be read rather than guessing how far to trust X-Forwarded-For.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxyHops } = await import('./lib/security/client')
  trustedProxyHops(process.env.TRUSTED_PROXY_HOPS)
  const { recordPeerAddresses } = await import('./lib/security/recordPeer')
  recordPeerAddresses()
}
