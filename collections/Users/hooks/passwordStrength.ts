import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Every operation that sets a password: a new account, a changed password, a reset by email link. */
const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Payload's auth has no minimum length; a short password is refused before it is hashed. Checked
 * before the operation, because reset-password runs the collection's validate hooks without the
 * new password in their data.
 */
export const passwordStrength: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (SETS_PASSWORD.has(operation) && typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'password', message: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.` }],
      },
      req.t,
    )
  }
  return args
}
