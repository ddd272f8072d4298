// The methods the site and its API answer. Anything else (WebDAV verbs and the like) reached
// Next's page rendering and came back as a 500; it is a 405 with the list of methods that work.
// TRACE and TRACK never get here: Next builds a fetch Request for the proxy, which refuses them.
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

const served = new Set<string>(SERVED_METHODS)

export const isServedMethod = (method: string): boolean => served.has(method.toUpperCase())

/** The 405 answer's body and headers, for the proxy and for the Node server alike. */
export const notServed = (method: string) => ({
  body: `${method} is not served here. Use one of ${SERVED_METHODS.join(', ')}.`,
  headers: { Allow: SERVED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
})

/** 405 for a method nothing here serves, else null. */
export function methodNotAllowed(method: string, headers: Record<string, string>): Response | null {
  if (isServedMethod(method)) return null
  const answer = notServed(method)
  return new Response(answer.body, { status: 405, headers: { ...headers, ...answer.headers } })
}
