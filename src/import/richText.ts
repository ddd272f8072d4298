import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

export type RichTextBuilder = (text: string) => Record<string, unknown>

/**
 * Rich text is built by Payload's own Markdown converter with the project's editor config,
 * so imported paragraphs are exactly what the admin editor would have produced.
 */
export async function richTextBuilder(payload: Payload): Promise<RichTextBuilder> {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.default({ config: payload.config })
  return (text) => convertMarkdownToLexical({ editorConfig, markdown: text })
}
