import { readFileSync, statSync } from 'node:fs'

import { inject } from 'vitest'

// What the shared server logged while a test ran: Payload logs errors at level ERROR (pino) and
// Next marks a failed render or route with ⨯. Either means something broke on the server, even
// when the page a browser shows looks whole.

const ERROR_LINE = /\bERROR\b|⨯/
// The levels come coloured (ERROR as \e[31mERROR\e[39m), which would hide the word's boundary.
const COLOUR = /\u001b\[[\d;]*m/g

/** Marks the shared server's log here; `errors()` then gives the error lines written since. */
export function serverLogFromNow(): { errors: () => string[] } {
  const file = inject('serverLog')
  const from = statSync(file).size
  return {
    errors: () =>
      readFileSync(file)
        .subarray(from)
        .toString()
        .replace(COLOUR, '')
        .split('\n')
        .filter((line) => ERROR_LINE.test(line)),
  }
}
