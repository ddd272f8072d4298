import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** The plain text of a rich text field's value; '' for an empty or missing one. */
export const plainText = (value: unknown): string =>
  value && typeof value === 'object' ? convertLexicalToPlaintext({ data: value as SerializedEditorState }) : ''
