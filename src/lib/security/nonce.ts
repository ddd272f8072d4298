import { headers } from 'next/headers'

/** This request's CSP nonce, set by src/proxy.ts, for a script a server component renders itself. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined
}
