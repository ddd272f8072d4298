import { keepStdoutForResults, runCli } from '../cli/output'
import { startCliPayload } from '../cli/payload'
import { KEPT, recountKeptValues } from './recount'

const USAGE = `Usage: npm run recount

Recomputes the values the database keeps for fast counts (whether each symbol and essay is public,
how many published films each theme and genre has) from the data, and says how many were stale.
Run it once after a rolling update that adds such a value, when the last instance of the old
version has stopped, and after changing the database other than through the site or its tools.`

const writeResult = keepStdoutForResults()

async function main(): Promise<number> {
  if (process.argv.length > 2) {
    const help = ['-h', '--help'].includes(process.argv[2]!)
    if (!help) process.stderr.write(`npm run recount takes no arguments; got "${process.argv.slice(2).join(' ')}".\n`)
    process.stderr.write(`${USAGE}\n`)
    return help ? 0 : 2
  }
  const payload = await startCliPayload()
  try {
    const stale = await recountKeptValues(payload)
    if (!stale) {
      process.stderr.write('MongoDB keeps no values for counts: nothing to recount.\n')
      return 0
    }
    for (const kept of KEPT) process.stderr.write(`${kept}: ${stale[kept]} stale value(s) recomputed\n`)
    writeResult(`${JSON.stringify(stale)}\n`)
    return 0
  } finally {
    await payload.destroy()
  }
}

runCli('recount', main)
