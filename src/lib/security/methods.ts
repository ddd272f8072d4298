// The methods the site and its API answer. Anything else (WebDAV verbs and the like) reached
// Next's page rendering and came back as a 500; it is a 405 with the list of methods that work.
// TRACE and TRACK never get here: Next builds a fetch Request for the proxy, which refuses them.
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

const served = new Set<string>(SERVED_METHODS)

/** 405 for a method nothing here serves, else null. */
export function methodNotAllowed(method: string, headers: Record<string, string>): Response | null {
  if (served.has(method.toUpperCase())) return null
  return new Response(`${method} is not served here. Use one of ${SERVED_METHODS.join(', ')}.`, {
    status: 405,
    headers: { ...headers, Allow: SERVED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
