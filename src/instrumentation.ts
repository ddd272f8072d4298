/**
 * Start Payload and its job runner (src/config/jobs.ts) when the server starts, so scheduled
 * changes happen while nobody visits. Started here, the runner's timers belong to no request;
 * started by the first admin page (Payload's default), they would run inside that page's render,
 * where Next forbids expiring cache tags.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
