/**
 * Start Payload when the server starts rather than on the first request, so the app's job runner
 * (src/config/jobs.ts) publishes on schedule even while nobody visits.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config })
}
