import { getPayload, type Payload } from 'payload'
import { afterAll } from 'vitest'

import type { User } from '@/payload-types'
import type { Role } from '../../../collections/roles'

/** The Payload instance of this test file, on the database its setup file chose. */
export async function startPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  afterAll(() => payload.destroy())
  return payload
}

let counter = 0

/** A user of the given role, created by the system (the Local API's default access). */
export async function makeUser(payload: Payload, role: Role): Promise<User> {
  counter += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `${role}-${counter}-${Date.now()}@example.test`,
      password: 'correct horse battery staple',
      name: `${role} ${counter}`,
      role,
    },
  })
}
