// Links in editor-written rich text may point to web pages, mail addresses or the site itself;
// anything else (javascript:, data:, vbscript:, file:…) could run script or leave the site
// unexpectedly. The scheme is read with the WHATWG URL parser, the same algorithm the browser
// applies to href, so tricks it would undo ("  JaVaScRiPt:", "java\tscript:") are undone here too.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
const BASE = 'https://relative.invalid/'

/** `url` if a browser would open it as http(s), mailto or a relative link; otherwise null. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null
  try {
    return SAFE_PROTOCOLS.has(new URL(url, BASE).protocol) ? url : null
  } catch {
    return null
  }
}
