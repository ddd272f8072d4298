import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Payload's auth has no minimum length; a short password is refused before it is hashed. */
export const passwordStrength: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'password', message: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters.` }] },
      req.t,
    )
  }
  return data
}
