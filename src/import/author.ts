import type { Payload, TypedUser } from 'payload'

/** `--as` names no account: nothing is imported, and the message says what to pass instead. */
export class UnknownAuthorError extends Error {}

export type ImportingUser = { user: TypedUser | null; warning: string | null }

const asUser = (doc: object): TypedUser => ({ ...doc, collection: 'users' }) as TypedUser

/**
 * Who the command-line import credits new films, symbols and essays to: the account `--as`
 * names, or else the first admin (the account created first is one). A database with no admin
 * yet (a new production site filled before its first login, as `npm run start:front` does) still
 * imports, with no author and a warning: the first account is created in the admin afterwards,
 * and an editor can set the author there.
 */
export async function importingUser(payload: Payload, email: string | undefined): Promise<ImportingUser> {
  if (email !== undefined) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email.trim().toLowerCase() } },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    if (!docs[0]) {
      throw new UnknownAuthorError(
        `No account has the email "${email}". Pass --as with the email of an existing account (Users in the admin), or leave --as out to import as the first admin.`,
      )
    }
    return { user: asUser(docs[0]), warning: null }
  }
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    sort: 'createdAt',
    depth: 0,
    limit: 1,
    pagination: false,
  })
  if (docs[0]) return { user: asUser(docs[0]), warning: null }
  return {
    user: null,
    warning:
      'no admin account exists yet, so the new films, symbols and essays have no author; once the first account is created in the admin, an editor can set their author there',
  }
}
