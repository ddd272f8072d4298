// Finds markup that would run script if hostile editor text had become HTML: a script element
// holding the payload, an event-handler attribute, or a link or frame to a script-bearing URL.
// Text the page shows is escaped (&lt; &quot;), so only real tags and attributes match.

const TAG = /<[a-zA-Z][^>]*>/g
const EVENT_HANDLER = /\son[a-z]+\s*=/i
const SCRIPT_URL = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i

export function injectedMarkup(html: string): string[] {
  const found: string[] = []
  if (/<script[^>]*>\s*alert/i.test(html)) found.push('a script element running alert')
  for (const [tag] of html.matchAll(TAG)) {
    if (EVENT_HANDLER.test(tag)) found.push(`an event handler: ${tag.slice(0, 120)}`)
    if (SCRIPT_URL.test(tag)) found.push(`a script URL: ${tag.slice(0, 120)}`)
  }
  return found
}
