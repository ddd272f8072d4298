// Finds markup that would run script if hostile editor text had become HTML: a script element
// holding the payload, an event-handler attribute, or a link or frame to a script-bearing URL.
// Text and attribute values the page shows are escaped (&lt; &quot;), so only real tags and
// attributes match. Hand-written rather than a full HTML parser: the pages under test are
// React's and Next's output, whose tags are well-formed, and no parser is among the dependencies.

const TAG = /<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'])
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data:text\/html)/i

// Browsers decode character references in attribute values before reading a URL's scheme.
const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')

export function injectedMarkup(html: string): string[] {
  const found: string[] = []
  if (/<script[^>]*>\s*alert/i.test(html)) found.push('a script element running alert')
  for (const [tag, , attributes = ''] of html.matchAll(TAG)) {
    for (const [, name = '', ...values] of attributes.matchAll(ATTRIBUTE)) {
      const value = decode(values.find((v) => v !== undefined) ?? '').replace(/[\u0000-\u0020]/g, '')
      if (/^on/i.test(name)) found.push(`an event handler: ${tag.slice(0, 120)}`)
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && SCRIPT_SCHEME.test(value))
        found.push(`a script URL: ${tag.slice(0, 120)}`)
    }
  }
  return found
}
