import { createHash } from 'node:crypto'

import { cjkFontFaces } from '@/lib/cjkFonts'

type Props = { text: string; lang?: string | null }

/**
 * Declares the Korean and Japanese font faces `text` needs, and nothing for any other text, so only
 * pages that show such text carry them. React hoists the rules into the head once per page,
 * whichever components ask for the same ones.
 */
export function CjkFontFaces({ text, lang }: Props) {
  const css = cjkFontFaces(text, lang)
  if (!css) return null
  return (
    <style href={`cjk-${createHash('sha256').update(css).digest('hex').slice(0, 12)}`} precedence="fonts">
      {css}
    </style>
  )
}
