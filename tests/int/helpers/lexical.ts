import type { Symbol } from '@/payload-types'

/** The smallest valid Lexical document, for fixtures that need rich text but not its content. */
export const paragraph = (text: string): Symbol['meaning'] => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})
