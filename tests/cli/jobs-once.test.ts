import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ROOT } from '../helpers/run'
import { databases, noticeSkippedKinds, query } from './helpers/databases'

// Two instances of the site share one PostgreSQL database, and both run the jobs queue. A due
// scheduled publish must run once, not once per instance (src/schedule/jobClaims.ts). Each
// instance is a process of its own; both runners are released at the same moment, the case
// where both would claim the same jobs.

const JOBS = 20
const server = process.env.TEST_POSTGRES_URL
noticeSkippedKinds('Jobs run once across instances')
const made = server ? databases('postgres') : null

function runner(database: string, ...args: string[]): ChildProcessWithoutNullStreams {
  return spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['--conditions=production', 'tests/cli/helpers/jobRunner.ts', ...args],
    { cwd: ROOT, env: { ...process.env, DATABASE_URI: database } },
  )
}

/** Resolves with the process's stdout once it has printed `line`; rejects if it exits first. */
function untilPrinted(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  let stdout = ''
  let stderr = ''
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stdout.split('\n').includes(line)) resolve()
    })
    child.on('close', (code) => reject(new Error(`the runner exited (${code}) before "${line}": ${stderr}`)))
  })
}

const exited = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('close', resolve)))

describe.skipIf(!server)('scheduled jobs on two instances sharing PostgreSQL', () => {
  it('publish each due film exactly once', async () => {
    const database = await made!.migrated()
    const setup = runner(database, 'setup', String(JOBS))
    let setupErr = ''
    setup.stderr.on('data', (chunk: Buffer) => (setupErr += chunk.toString()))
    expect(await exited(setup), setupErr).toBe(0)

    const instances = [runner(database, 'run'), runner(database, 'run')]
    try {
      await Promise.all(instances.map((child) => untilPrinted(child, 'ready')))
      const done = instances.map((child) => untilPrinted(child, 'done'))
      for (const child of instances) child.stdin.write('go\n')
      await Promise.all(done)
      await Promise.all(instances.map(exited))
    } finally {
      // A runner that ran a job the other had already finished may be left waiting on the database.
      for (const child of instances) if (child.exitCode === null) child.kill()
    }

    const published = (await query(
      database,
      `SELECT parent_id, count(*)::int AS runs FROM _films_v WHERE version__status = 'published' GROUP BY parent_id`,
    )) as { runs: number }[]
    expect(published).toHaveLength(JOBS)
    expect(published.map((row) => row.runs)).toEqual(Array(JOBS).fill(1))
    expect(await query(database, 'SELECT id FROM payload_jobs')).toEqual([])
  }, 240_000)
})
