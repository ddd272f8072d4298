import { describe, expect, it } from 'vitest'

import { runScript } from '../helpers/run'

// `npm start` runs `payload migrate` in production mode before `next start`; both load the
// config, which must refuse to start without a real secret and say what to set.

describe('production start without a real PAYLOAD_SECRET', () => {
  it.each([
    ['missing', ''],
    ['one character short of 32', 'f3a9c1d27b8e4f60a5d2c9b1e7f04a3'],
    ['a placeholder', 'x'.repeat(40)],
  ])('is refused when the secret is %s', async (_label, secret) => {
    const { code, stdout, stderr } = await runScript('migrate', [], { PAYLOAD_SECRET: secret })
    expect(code).not.toBe(0)
    expect(stdout + stderr).toContain('PAYLOAD_SECRET must be set to a random string of at least 32 characters')
  })
})
