import { readFileSync, statSync } from 'node:fs'

import { expect, inject, it } from 'vitest'

import { apiRequest, login } from './helpers/http'
import { serverLogFromNow } from './helpers/serverLog'

// A client's mistake (a document that does not exist, a write it may not make, a field it left
// out) is answered 4xx and logged at INFO, as Payload's loggingLevels say: the mapping goes by the
// error's class name, which the production build must keep (next.config.mjs). With minified names
// every one was logged at ERROR with its stack, burying the server's real faults.

const MISTAKES = [
  { what: 'a missing document', status: 404, ask: () => apiRequest('GET', '/films/987654321') },
  { what: 'a write without a session', status: 403, ask: () => apiRequest('POST', '/genres', { body: { name: 'x' } }) },
  {
    what: 'a document without its required field',
    status: 400,
    ask: async () => apiRequest('POST', '/genres', { token: await login('editor'), body: {} }),
  },
]

it('logs 404, 403 and 400 answers at INFO, not ERROR', async () => {
  const file = inject('serverLog')
  const from = statSync(file).size
  const log = serverLogFromNow()
  const messages: string[] = []
  for (const { what, status, ask } of MISTAKES) {
    const { status: answered, json } = await ask()
    expect(answered, what).toBe(status)
    messages.push(json.errors[0].message)
  }
  // The log is written as the responses go out; give it a moment to reach the file.
  await new Promise((resolve) => setTimeout(resolve, 500))
  // Each mistake was logged (at INFO, with its message and no stack) …
  const written = readFileSync(file).subarray(from).toString()
  for (const message of messages) expect(written).toContain(message)
  // … and none as an error.
  expect(log.errors()).toEqual([])
})
