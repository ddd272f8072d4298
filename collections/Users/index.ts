import type { CollectionConfig } from 'payload'

import { adminOrSelf, editorOrSelf, isAdmin, isAdminField } from '../access'
import { ROLES, ROLE_LABELS } from '../roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { passwordStrength } from './hooks/passwordStrength'
import { explainMissingEmail, requireEmailTransport } from './hooks/requireEmailTransport'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Library' },
  auth: {
    // Lock an account for 15 minutes after 5 failed logins in a row.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Each login is a session stored with the account: logging out, changing the password or
    // resetting it ends the others, so a token issued before a reset stops working.
    useSessions: true,
    // `Secure` is added per request when it arrived over HTTPS, directly or through a trusted proxy
    // (./sessionCookie.ts); a public https URL makes it Secure everywhere, server actions included.
    cookies: { sameSite: 'Lax', secure: (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https:') },
  },
  access: {
    read: editorOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeOperation: [requireEmailTransport, passwordStrength],
    beforeChange: [firstUserIsAdmin],
    afterError: [explainMissingEmail],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      saveToJWT: true,
      // Only admins assign roles, so no one can raise their own.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
