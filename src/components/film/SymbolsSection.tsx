import type { Film, Media, Symbol } from '@/payload-types'
import { populated } from '@/lib/content'
import { paths } from '@/lib/urls'
import { Section } from '@/components/layout/Section'
import { Figure } from '@/components/media/Figure'
import { SymbolText } from '@/components/symbol/SymbolText'

export function SymbolsSection({ film, symbols }: { film: Pick<Film, 'slug'>; symbols: Symbol[] }) {
  if (symbols.length === 0) return null
  return (
    <Section id="symbols" heading="Symbols & Motifs">
      {symbols.map((symbol) => {
        const image = populated<Media>(symbol.image)
        return (
          <article key={symbol.id} className="symbol" id={`symbol-${symbol.slug}`}>
            <h3>
              <a href={paths.symbol(film.slug, symbol.slug)}>{symbol.name}</a>
            </h3>
            {image ? <Figure media={image} sizes="(min-width: 48rem) 14rem, min(18rem, 92vw)" /> : null}
            <SymbolText symbol={symbol} headingLevel={4} />
          </article>
        )
      })}
    </Section>
  )
}
