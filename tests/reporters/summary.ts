import type { SerializedError } from 'vitest'
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node'

/**
 * Ends the run with one plain line, "vitest: N passed, N failed, N skipped", which CI reads
 * whatever runner produced it.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    // An error outside any test (a global setup that could not build the site) is a failure too.
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 }
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed += 1
        else if (state === 'failed') counts.failed += 1
        else counts.skipped += 1
      }
      // A file that failed to load has no tests to count but must not pass unnoticed.
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) counts.failed += 1
    }
    if (reason !== 'passed' && counts.failed === 0) counts.failed = 1 // the run failed outside any test
    process.stdout.write(`\nvitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
  }
}
