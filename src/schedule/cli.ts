import { parseArgs } from 'node:util'

import { keepStdoutForResults, runCli } from '../cli/output'
import { startCliPayload } from '../cli/payload'
import { schedule, SCHEDULABLE, ScheduleError, type Schedulable, type ScheduleType } from './schedule'

const USAGE = `Usage: npm run schedule -- <publish|unpublish> <films|symbols|essays> <slug> --at <date-time> [--as <email>]

Queues a scheduled publish or unpublish, exactly as the admin's "Schedule Publish" does; the
running site carries it out when it falls due and updates its pages. Symbols are named
<film-slug>/<symbol-slug>. The time is ISO 8601, e.g. 2026-12-01T09:00:00+01:00.

  --at <date-time>  when the change takes effect (required)
  --as <email>      run the change as this user, under their access rules; by default it runs as
                    the system, like the importer`

const writeResult = keepStdoutForResults()

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { at: { type: 'string' }, as: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  })
  const [type, collection, slug] = positionals
  const at = new Date(values.at ?? '')
  const problem = values.help
    ? undefined
    : positionals.length !== 3
      ? `Give the change, the collection and the slug; got ${positionals.length} argument(s).`
      : type !== 'publish' && type !== 'unpublish'
        ? `The change is "publish" or "unpublish"; got "${type}".`
        : !(SCHEDULABLE as readonly string[]).includes(collection!)
          ? `The collection is one of ${SCHEDULABLE.join(', ')}; got "${collection}".`
          : Number.isNaN(at.getTime())
            ? `--at needs an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z; got "${values.at ?? ''}".`
            : undefined
  if (values.help || problem) {
    if (problem) process.stderr.write(`${problem}\n`)
    process.stderr.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  const payload = await startCliPayload()
  try {
    const job = await schedule(payload, {
      type: type as ScheduleType,
      collection: collection as Schedulable,
      slug: slug!,
      at,
      as: values.as,
    })
    process.stderr.write(`✓ ${type} of ${collection} "${slug}" scheduled for ${job.waitUntil} (job ${job.id}).\n`)
    writeResult(`${job.id}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error
    process.stderr.write(`schedule failed: ${error.message}\n`)
    return 1
  } finally {
    await payload.destroy()
  }
}

runCli('schedule', main)
