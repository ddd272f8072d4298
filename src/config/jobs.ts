import type { JobsConfig } from 'payload'

import { hasRole } from '../../collections/access'

/**
 * Only the Next server runs the queue. The CLIs (import, backup, migrate) load the same config and
 * must exit when done, so they start no timers; tests run jobs themselves with `payload.jobs.run()`.
 * `NEXT_RUNTIME` is set by Next in its server and nowhere else.
 */
const inAppServer = (): boolean => process.env.NEXT_RUNTIME === 'nodejs'

/**
 * SUBTEXT_JOBS_RUNNER=0 keeps an instance's runner off. On PostgreSQL every instance may run it
 * (claims are atomic: src/schedule/jobClaims.ts); on MongoDB exactly one instance must (docs/deploy.md).
 */
const runsJobs = (): boolean => inAppServer() && process.env.SUBTEXT_JOBS_RUNNER !== '0'

/** Every minute by default; scheduled times are picked to the quarter hour in the admin. */
const RUNNER_CRON = process.env.SUBTEXT_JOBS_CRON || '* * * * *'

const editorsOnly = ({ req }: { req: Parameters<typeof hasRole>[0] }): boolean => hasRole(req, 'admin', 'editor')

/**
 * Payload's jobs queue runs scheduled publishing. The app runs its own queue on a timer, so the
 * default set-up needs no worker service; the scheduled job publishes as the editor who scheduled
 * it, through the same access rules and revalidation hooks as a click on Publish.
 */
export const jobs: JobsConfig = {
  access: { queue: editorsOnly, run: editorsOnly, cancel: editorsOnly },
  autoRun: () => (runsJobs() ? [{ cron: RUNNER_CRON, queue: 'default', limit: 20 }] : []),
  deleteJobOnComplete: true,
}
