import { requestNonce } from '@/lib/security/nonce'

// Inside <script>, HTML ends the element at the first `</script` and treats `<!--` specially, even
// within a JSON string. Escaping `<`, `>` and `&` as JSON \u escapes keeps the data identical while
// no tag can form; U+2028/2029 are escaped for scripts that still read the block as JavaScript.
const UNSAFE = /[<>&\u2028\u2029]/g

const serialize = (data: object): string =>
  JSON.stringify(data).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * Structured data for search engines, e.g. <JsonLd data={movieJsonLd(film, analysis)} />. A data
 * block never runs, but it carries the CSP nonce all the same, so that every script element on a
 * page is one the server meant to send.
 */
export async function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      nonce={await requestNonce()}
      dangerouslySetInnerHTML={{ __html: serialize(data) }}
    />
  )
}
