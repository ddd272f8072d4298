import { asAdapterRefusal } from '@/database/refusals'
import { DatabaseUnavailableError } from '@/database/unavailable'

// How the admin's layout and page tell "the database cannot be reached" from any other failure of
// a read, to show DatabaseUnavailable in place of Next's bare error page.

/** Whether `error` (the adapter's, or Payload's wrapping of it) says the database cannot be reached. */
export const isUnreachable = (error: unknown): boolean => asAdapterRefusal(error) instanceof DatabaseUnavailableError

/** Whether `read` fails because the database cannot be reached; any other failure is thrown on. */
export async function unreachableOn(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read()
    return false
  } catch (error) {
    if (isUnreachable(error)) return true
    throw error
  }
}
