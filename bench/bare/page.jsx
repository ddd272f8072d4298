// The bare reference page: prerendered at build time and served from Next's cache for every request,
// its text sized (filler.json, written by bench/lib/bare.mjs) so its HTML weighs what the film page's does.
import filler from './filler.json'

export const dynamic = 'force-static'

export default function Page() {
  return (
    <main>
      <h1>Bare static page</h1>
      {filler.paragraphs.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  )
}
