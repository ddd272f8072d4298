import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'

/** Editor-written rich text, rendered by Payload's Lexical JSX converter (no raw HTML path). */
export function Prose({ value }: { value: unknown }) {
  if (!value || typeof value !== 'object') return null
  return <RichText className="prose" data={value as SerializedEditorState} disableContainer={false} />
}
