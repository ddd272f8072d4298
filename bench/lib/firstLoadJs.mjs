import { gzipSync } from 'node:zlib'

// The JavaScript a page makes a first-time visitor download: every same-origin <script src> of
// its HTML, fetched once, gzipped (node:zlib, level 9, as a server's static compression would).
// Inline scripts (Next's RSC payload) are part of the HTML and not counted here.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ENTITIES[e])

async function get(url) {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return response
}

/** Same-origin script URLs in document order, without repeats. */
export function scriptsOf(html, pageURL) {
  const origin = new URL(pageURL).origin
  const found = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    // Browsers that understand modules never fetch a noModule script (Next's legacy polyfills).
    if (!src || /\snomodule\b/i.test(tag)) continue
    const url = new URL(decode(src[1] ?? src[2] ?? src[3]), pageURL)
    if (url.origin === origin && !found.includes(url.href)) found.push(url.href)
  }
  return found
}

/** `{ gzipped, raw, files: [{ path, gzipped }] }` in bytes for the page at `pageURL`. */
export async function firstLoadJs(pageURL) {
  const html = await (await get(pageURL)).text()
  const files = []
  let raw = 0
  for (const src of scriptsOf(html, pageURL)) {
    const body = Buffer.from(await (await get(src)).arrayBuffer())
    raw += body.length
    files.push({ path: new URL(src).pathname, gzipped: gzipSync(body, { level: 9 }).length })
  }
  return { gzipped: files.reduce((sum, f) => sum + f.gzipped, 0), raw, files }
}
