import type { SymbolCard } from '@/lib/content'
import { paths } from '@/lib/urls'

/** Symbols from several films, each naming its film (the symbol page links to it). */
export function SymbolList({ symbols }: { symbols: SymbolCard[] }) {
  const placed = symbols.flatMap((s) => (s.film ? [{ ...s, film: s.film }] : []))
  if (placed.length === 0) return null
  return (
    <ul className="symbol-list">
      {placed.map((symbol) => (
        <li key={symbol.id}>
          <a href={paths.symbol(symbol.film.slug, symbol.slug)}>{symbol.name}</a>{' '}
          <span className="count">in {symbol.film.title}</span>
        </li>
      ))}
    </ul>
  )
}
