import type { ConfirmRequest, ConfirmResponse, PreviewResponse } from '../../../import/admin/types'

type Answer<T> = { ok: true; data: T } | { ok: false; message: string }

/** The endpoints answer JSON; a request-level problem comes as { error } with a 4xx status. */
async function send<T>(path: string, init: RequestInit, accept: (status: number) => boolean): Promise<Answer<T>> {
  try {
    const response = await fetch(path, { ...init, method: 'POST', credentials: 'include' })
    const json = (await response.json().catch(() => null)) as (T & { error?: string }) | null
    if (json && accept(response.status) && !json.error) return { ok: true, data: json }
    return {
      ok: false,
      message: json?.error ?? `The server answered ${response.status}. Try again, or import with the command line.`,
    }
  } catch {
    return { ok: false, message: 'The server could not be reached. Check the connection and try again.' }
  }
}

export function previewFiles(apiRoute: string, files: File[]): Promise<Answer<PreviewResponse>> {
  const form = new FormData()
  for (const file of files) form.append('files', file, file.name)
  return send(`${apiRoute}/import/preview`, { body: form }, (status) => status === 200)
}

/**
 * JSON, or with posters a multipart form: the same JSON in "request" and file number i's poster in
 * "poster-<i>". 200, 207 and a per-file 400 all carry per-file results worth showing.
 */
export function confirmImport(
  apiRoute: string,
  request: ConfirmRequest,
  posters: (File | null)[],
): Promise<Answer<ConfirmResponse>> {
  const accept = (status: number) => status === 200 || status === 207 || status === 400
  if (!posters.some(Boolean)) {
    const init = { body: JSON.stringify(request), headers: { 'content-type': 'application/json' } }
    return send(`${apiRoute}/import/confirm`, init, accept)
  }
  const form = new FormData()
  form.append('request', JSON.stringify(request))
  posters.forEach((poster, index) => {
    if (poster) form.append(`poster-${index}`, poster, poster.name)
  })
  return send(`${apiRoute}/import/confirm`, { body: form }, accept)
}
