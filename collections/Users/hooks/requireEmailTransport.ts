import { APIError, type CollectionAfterErrorHook, type CollectionBeforeOperationHook } from 'payload'

import { canSendEmail } from '../../../src/config/email'

class EmailNotConfigured extends APIError {
  constructor() {
    super(
      'Password reset by email is not configured on this server: set SMTP_HOST (and EMAIL_FROM) to enable it, or ask an administrator to set your password.',
      503,
      null,
      true,
    )
  }
}

/**
 * Without an email transport the reset link would go nowhere while the answer said it was sent.
 * Refused before any account is looked up, so a known and an unknown email get the same answer.
 */
export const requireEmailTransport: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'forgotPassword' && !canSendEmail()) throw new EmailNotConfigured()
  return args
}

/**
 * Payload's REST error formatter loses the message of a 5xx in the minified production bundle
 * ("An unknown error occurred."; see src/api/validationErrorDetails.ts): this one says what to set.
 */
export const explainMissingEmail: CollectionAfterErrorHook = ({ error }) =>
  error instanceof EmailNotConfigured
    ? { response: { errors: [{ message: error.message }] }, status: error.status }
    : undefined
