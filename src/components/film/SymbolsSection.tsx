import type { Symbol } from '@/payload-types'
import { Prose } from '@/components/richtext/Prose'

export function SymbolsSection({ symbols }: { symbols: Symbol[] }) {
  if (symbols.length === 0) return null
  return (
    <section aria-labelledby="symbols" className="section">
      <h2 id="symbols">Symbols &amp; Motifs</h2>
      {symbols.map((symbol) => (
        <article key={symbol.id} className="symbol" id={`symbol-${symbol.slug}`}>
          <h3>{symbol.name}</h3>
          <h4>Meaning</h4>
          <Prose value={symbol.meaning} />
          {symbol.context ? (
            <>
              <h4>Context</h4>
              <Prose value={symbol.context} />
            </>
          ) : null}
        </article>
      ))}
    </section>
  )
}
