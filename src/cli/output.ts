import type { SanitizedConfig } from 'payload'

// Shared by the command-line tools (import, export, backup/restore, schedule, the first-run seed):
// stdout carries only the tool's own result, everything else (Payload's logger) goes to stderr.

/** Payload logs to stdout by default; the CLIs keep stdout for their own output. */
export const stderrLogger = {
  options: { level: 'warn' as const },
  destination: {
    write: (line: string) => {
      let msg: string | undefined
      try {
        msg = (JSON.parse(line) as { msg?: string }).msg
      } catch {
        msg = undefined
      }
      process.stderr.write(`${msg ?? line.trim()}\n`)
    },
  },
} as unknown as SanitizedConfig['logger'] // Payload's type wants every pino option; pino fills the rest

/**
 * Payload and the libraries under it may write to stdout, so from now on everything that would
 * reach stdout goes to stderr instead. Returns the real stdout writer, for the tool's own result.
 */
export function keepStdoutForResults(): (text: string) => boolean {
  const writeResult = process.stdout.write.bind(process.stdout)
  const writeToStderr: typeof process.stdout.write = process.stderr.write.bind(process.stderr)
  process.stdout.write = writeToStderr
  return (text: string) => writeResult(text)
}

/**
 * Run a command-line tool's main function and exit with its status; an unexpected error is
 * reported as "<what> failed: <reason>" with status 1 instead of a stack trace.
 */
export function runCli(what: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${what} failed: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    },
  )
}
