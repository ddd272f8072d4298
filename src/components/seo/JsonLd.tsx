// Inside <script>, HTML ends the element at the first `</script` and treats `<!--` specially, even
// within a JSON string. Escaping `<`, `>` and `&` as JSON \u escapes keeps the data identical while
// no tag can form; U+2028/2029 are escaped for scripts that still read the block as JavaScript.
const UNSAFE = /[<>&\u2028\u2029]/g

const serialize = (data: object): string =>
  JSON.stringify(data).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * Structured data for search engines, e.g. <JsonLd data={movieJsonLd(film, analysis)} />. A data
 * block never runs, so CSP does not ask it for a nonce; it carries none, which keeps the page free
 * of anything that differs per request and so cacheable (docs/caching.md).
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialize(data) }} />
}
