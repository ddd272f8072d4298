import { describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { startPayload } from './helpers/payload'

describe('the first account', () => {
  it('becomes an admin although no one could assign the role; later accounts default to writer', async () => {
    const payload = await startPayload()
    // Payload's create-first-user screen saves without a role (no one may assign one yet), as this does.
    const withoutRole = (email: string) => ({ email, password: 'long enough pw', name: email }) as Omit<User, 'id'>
    const first = await payload.create({ collection: 'users', data: withoutRole('first@example.test') })
    expect(first.role).toBe('admin')
    const second = await payload.create({ collection: 'users', data: withoutRole('second@example.test') })
    expect(second.role).toBe('writer')
  })
})
