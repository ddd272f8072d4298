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
