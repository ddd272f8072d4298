import { keepStdoutForResults } from '../../../src/cli/output'
import { startCliPayload } from '../../../src/cli/payload'
import { contentSnapshot } from './contentSnapshot'

// Prints the content snapshot of the database named by DATABASE_URI as JSON on stdout, so a test
// can look into a second database (often of another adapter) from its own process: one process
// holds one Payload instance.

const writeResult = keepStdoutForResults()
const payload = await startCliPayload()
try {
  writeResult(JSON.stringify(await contentSnapshot(payload)))
} finally {
  await payload.destroy()
}
process.exit(0)
