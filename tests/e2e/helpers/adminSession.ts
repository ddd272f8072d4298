import type { BrowserSession, TrackedPage } from './browser'
import { baseURL } from './browser'
import { login } from './http'

/** A fresh page whose context holds the session of `role`, for driving the admin as that user. */
export async function adminPage(session: BrowserSession, role: 'admin' | 'editor' | 'writer'): Promise<TrackedPage> {
  const tracked = await session.page()
  await tracked.context.addCookies([
    { name: 'payload-token', value: await login(role), url: baseURL(), httpOnly: true, sameSite: 'Lax' },
  ])
  return tracked
}
