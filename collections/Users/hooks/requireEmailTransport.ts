import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { canSendEmail } from '../../../src/config/email'

/**
 * Without an email transport the reset link would go nowhere while the answer said it was sent.
 * Refused before any account is looked up, so a known and an unknown email get the same answer.
 */
export const requireEmailTransport: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'forgotPassword' && !canSendEmail()) {
    throw new APIError('Password reset by email is not configured on this server: set SMTP_HOST (and EMAIL_FROM) to enable it, or ask an administrator to set your password.', 503, null, true)
  }
  return args
}
