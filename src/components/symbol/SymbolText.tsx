import type { Symbol } from '@/payload-types'
import { Prose } from '@/components/richtext/Prose'

type Props = { symbol: Pick<Symbol, 'meaning' | 'context'>; headingLevel: 2 | 4 }

/** A symbol's meaning and the scenes it appears in, under headings one level below the symbol's own. */
export function SymbolText({ symbol, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h4'
  return (
    <>
      <Heading className="label-heading">Meaning</Heading>
      <Prose value={symbol.meaning} />
      {symbol.context ? (
        <>
          <Heading className="label-heading">Context</Heading>
          <Prose value={symbol.context} />
        </>
      ) : null}
    </>
  )
}
