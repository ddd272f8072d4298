import type { AtlasMotif, AtlasSymbol } from '@/lib/content'
import { paths } from '@/lib/urls'
import { MediaImage } from '@/components/media/MediaImage'

/** “prison-cell” → “Prison cell”: a motif is kept in slug form (collections/Symbols.ts). */
const motifLabel = (motif: string): string => {
  const words = motif.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const inFilms = (n: number) => (n === 1 ? 'in one film' : `in ${n} films`)

/**
 * Motifs with the symbols that carry them, each naming its film, so a reader can follow one image
 * from film to film. A motif that recurs is marked and counted; a symbol's image shows beside it.
 */
export function SymbolAtlas({ motifs }: { motifs: AtlasMotif[] }) {
  return (
    <ul className="atlas">
      {motifs.map(({ motif, symbols, films }) => (
        <li key={motif} className={films > 1 ? 'atlas__motif atlas__motif--recurring' : 'atlas__motif'}>
          {symbols.length > 1 ? (
            <>
              <h3 id={`motif-${motif}`} className="atlas__name">
                {motifLabel(motif)}
                {films > 1 ? <span className="count"> {inFilms(films)}</span> : null}
              </h3>
              <ul className="atlas__symbols">
                {symbols.map((symbol) => (
                  <li key={symbol.id} className="atlas__symbol">
                    <AtlasSymbolLine symbol={symbol} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            // A motif of one symbol is that symbol: its name is the heading and the link.
            <div id={`motif-${motif}`} className="atlas__symbol">
              <AtlasSymbolLine symbol={symbols[0]!} heading />
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}

function AtlasSymbolLine({ symbol, heading = false }: { symbol: AtlasSymbol; heading?: boolean }) {
  const link = <a href={paths.symbol(symbol.film.slug, symbol.slug)}>{symbol.name}</a>
  return (
    <>
      {symbol.image ? <MediaImage media={symbol.image} sizes="4rem" className="atlas__image" /> : null}
      <div>
        {heading ? <h3 className="atlas__name">{link}</h3> : link}{' '}
        <span className="atlas__film">
          in <a href={paths.film(symbol.film.slug)}>{symbol.film.title}</a>
        </span>
      </div>
    </>
  )
}
