// Field validators whose messages tell the editor what to enter instead.

type Validate = (value: unknown) => true | string

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === ''

export const numberBetween =
  ({ min, max, integer = false }: { min: number; max?: number; integer?: boolean }): Validate =>
  (value) => {
    if (isBlank(value)) return true
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter a number.'
    if (integer && !Number.isInteger(value)) return 'Enter a whole number.'
    if (value < min || (max !== undefined && value > max)) {
      return max === undefined ? `Enter ${min} or more.` : `Enter a value from ${min} to ${max}.`
    }
    return true
  }

export const matches =
  (pattern: RegExp, hint: string): Validate =>
  (value) =>
    isBlank(value) || (typeof value === 'string' && pattern.test(value)) ? true : hint

export const currencyCode = matches(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code such as USD, EUR or KRW.')
export const languageCode = matches(/^[a-z]{2,3}$/, 'Use an ISO 639 language code such as ko, en or it.')

// Every text field is bounded: Payload's own default (40,000 characters) would let a 20,000-
// character slug through. A field may set its own `maxLength`; the others get their type's.
export const TEXT_MAX_LENGTH = { text: 300, textarea: 5000 } as const

// NUL and the other C0 controls (and DEL) are never part of what an editor means to write, and
// SQLite cuts a text at a NUL when it is read back. A textarea keeps tab and line breaks.
const CONTROL = /[\u0000-\u001f\u007f]/
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** Why `value` cannot be stored in a text field of this type and limit, or null when it can. */
export const plainTextProblem = (
  value: string,
  { type, maxLength }: { type: 'text' | 'textarea'; maxLength: number },
): string | null => {
  if (value.length > maxLength) return `Enter at most ${maxLength} characters; this has ${value.length}.`
  if ((type === 'textarea' ? CONTROL_BUT_LINES : CONTROL).test(value)) {
    return type === 'textarea'
      ? 'Remove the control characters (only tab and line breaks are allowed).'
      : 'Remove the control characters (tab, line breaks, NUL and the like): this field holds one line of text.'
  }
  return null
}
