import { describe, expect, it } from 'vitest'

import { startPayload } from './helpers/payload'

describe('the first account', () => {
  it('becomes an admin although no one could assign the role; later accounts default to writer', async () => {
    const payload = await startPayload()
    // Payload's create-first-user screen saves without a role, as this does.
    const first = await payload.create({ collection: 'users', data: { email: 'first@example.test', password: 'long enough pw', name: 'First' } })
    expect(first.role).toBe('admin')
    const second = await payload.create({ collection: 'users', data: { email: 'second@example.test', password: 'long enough pw', name: 'Second' } })
    expect(second.role).toBe('writer')
  })
})
