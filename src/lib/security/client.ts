import ipaddr from 'ipaddr.js'

/**
 * Who is asking, for rate limiting, and whether they asked over HTTPS. Under `next start` Next
 * fills `X-Forwarded-For` only when the request has none (`??=` in next/dist/server/base-server),
 * so the header is whatever the client sent: it is believed only when the operator says how many
 * reverse proxies stand in front (TRUSTED_PROXY_HOPS). Otherwise the TCP peer address counts,
 * which `requestStart.ts` records beneath Next.
 */

/** TRUSTED_PROXY_HOPS: how many reverse proxies in front of Next append to X-Forwarded-For. */
export function trustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0) {
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number of reverse proxies (0 when clients reach Next directly), not "${value}"`,
    )
  }
  return hops
}

/**
 * The address to count a request against. One IPv6 host owns a whole /64, so it counts as one;
 * IPv4-mapped IPv6 (`::ffff:127.0.0.1`) counts as the IPv4 address. Anything unparseable counts
 * under its own text, and a request whose peer is unknown shares one bucket with all such.
 */
export function rateLimitKey(address: string | null): string {
  if (!address) return 'unknown'
  if (!ipaddr.isValid(address)) return address.slice(0, 64)
  const ip = ipaddr.process(address)
  if (ip.kind() === 'ipv4') return ip.toString()
  return `${(ip as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(':')}::/64`
}

/**
 * The client's address: with no trusted proxy, the TCP peer; behind `hops` trusted proxies, the
 * entry that many steps back along [peer, …X-Forwarded-For from the right], as Express's
 * "trust proxy" counts. Entries further left were written by the client and are ignored.
 */
export function clientAddress({
  peer,
  forwardedFor,
  hops,
}: {
  peer: string | null
  forwardedFor: string | null
  hops: number
}): string | null {
  if (hops === 0) return peer
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .reverse()
  const chain = [peer, ...forwarded]
  return chain[Math.min(hops, chain.length - 1)] ?? null
}

/** HTTPS when the public URL is https, or when a trusted proxy says the request arrived so. */
export function isHttps({
  serverURL,
  forwardedProto,
  hops,
}: {
  serverURL: string | undefined
  forwardedProto: string | null
  hops: number
}): boolean {
  if (serverURL?.startsWith('https:')) return true
  return hops > 0 && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https'
}
