import { createInterface } from 'node:readline'

import { keepStdoutForResults } from '../../../src/cli/output'
import { startCliPayload } from '../../../src/cli/payload'
import { schedule } from '../../../src/schedule/schedule'

// One instance of the site's job runner, in a process of its own on the database named by
// DATABASE_URI (tests/cli/jobs-once.test.ts):
//   setup <n>  creates n draft films, each with a scheduled publish that is due already
//   run        says "ready", and on a line "go" on stdin runs the due jobs as the app's runner does

const writeResult = keepStdoutForResults()
const [mode, count] = process.argv.slice(2)
const payload = await startCliPayload()
try {
  if (mode === 'setup') {
    for (let i = 1; i <= Number(count); i += 1) {
      const film = await payload.create({
        collection: 'films',
        draft: true,
        data: { title: `Scheduled film ${i}`, _status: 'draft' },
      })
      await schedule(payload, {
        type: 'publish',
        collection: 'films',
        slug: film.slug,
        at: new Date(Date.now() - 1000),
      })
    }
  } else {
    const lines = createInterface({ input: process.stdin })
    writeResult('ready\n')
    for await (const line of lines) if (line === 'go') break
    await payload.jobs.run({ limit: 100 })
    writeResult('done\n')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
