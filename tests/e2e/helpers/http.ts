import { inject } from 'vitest'

export const url = (pathname: string) => new URL(pathname, inject('baseURL')).toString()

/** A session token of one of the accounts the global setup registered and signed in once. */
export const login = (role: 'admin' | 'editor' | 'writer'): Promise<string> => Promise.resolve(inject('tokens')[role])

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' }

/** The visible text of an HTML page, with React's entity escapes undone and whitespace collapsed. */
export const textOf = (html: string): string =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')

export async function getPage(pathname: string): Promise<{ status: number; html: string; text: string }> {
  const response = await fetch(url(pathname))
  const html = await response.text()
  return { status: response.status, html, text: textOf(html) }
}

/** A REST call to the server's /api, as the holder of `token` when given; answers the status and the JSON body. */
export async function apiRequest(
  method: string,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(url(`/api${path}`), {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, any> }
}

/** apiRequest for a test's own setup: throws with the API's answer when it refuses. */
export async function apiOk<T = Record<string, any>>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<T> {
  const { status, json } = await apiRequest(method, path, options)
  if (status >= 400) throw new Error(`${method} /api${path} answered ${status}: ${JSON.stringify(json)}`)
  return json as T
}
