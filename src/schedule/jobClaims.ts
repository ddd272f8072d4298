import { sql } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

// Scheduled publishing runs exactly once however many instances run the jobs queue.
//
// Payload's runner claims due jobs with the adapter's updateJobs: on PostgreSQL (Drizzle) it
// SELECTs the jobs that are not processing, then UPDATEs each one to processing, with no row lock
// and no condition on the UPDATE. Two instances whose runners fire in the same moment both select
// the same jobs and both run them (a film published twice, two version rows). Here every claim
// first takes one transaction-scoped advisory lock: the second runner's SELECT waits until the
// first has committed its claim, then sees those jobs processing and skips them. The lock is held
// only for the claim (a SELECT and a few UPDATEs), never while a job runs.
//
// SQLite is one machine's database (its writers are serialised anyway). On MongoDB the claim is
// not atomic either: there, only one instance runs the queue (SUBTEXT_JOBS_RUNNER, src/config/jobs.ts).

/** An arbitrary constant naming this lock among the database's advisory locks ("subtext jobs"). */
const CLAIM_LOCK = 0x5375627478744a62n

type Sessions = { sessions: Record<string, { db: { execute(query: ReturnType<typeof sql>): Promise<unknown> } }> }
type UpdateJobsArgs = Parameters<BaseDatabaseAdapter['updateJobs']>[0]

/** A runner claiming due jobs: marking them processing by a query, not one job by its ID. */
const isClaim = (args: UpdateJobsArgs): boolean =>
  args.id === undefined && (args.data as { processing?: unknown } | undefined)?.processing === true

function serialiseClaims(adapter: BaseDatabaseAdapter & Sessions): void {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    const transaction = args.req?.transactionID
    if (isClaim(args) && transaction !== undefined) {
      const session = adapter.sessions[String(await transaction)]
      await session?.db.execute(sql`SELECT pg_advisory_xact_lock(${sql.raw(CLAIM_LOCK.toString())})`)
    }
    return updateJobs(args)
  }
}

/** The adapter, with the jobs queue's claims made atomic on PostgreSQL. */
export function withAtomicJobClaims(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      if (adapter.name === 'postgres') serialiseClaims(adapter as BaseDatabaseAdapter & Sessions)
      return adapter
    },
  }
}
