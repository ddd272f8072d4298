import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConverterArgs, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { internalHref } from './internalHref'
import { safeHref } from './safeHref'

// Payload's link converter renders fields.url as stored, and React 19 defuses only `javascript:`
// (not `data:` and the rest); it has no hook to refuse a URL, so links are rendered here: a link
// whose target is not http(s), mailto, relative or a published document keeps its text only.
function Link({ node, nodesToJSX }: JSXConverterArgs<SerializedLinkNode | SerializedAutoLinkNode>) {
  const children = nodesToJSX({ nodes: node.children })
  const { fields } = node
  const href = fields.linkType === 'internal' ? internalHref(fields.doc) : safeHref(fields.url)
  if (!href) return <span>{children}</span>
  return (
    <a
      href={href}
      rel={fields.newTab ? 'noopener noreferrer' : undefined}
      target={fields.newTab ? '_blank' : undefined}
    >
      {children}
    </a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: (args) => <Link {...args} />,
  autolink: (args) => <Link {...args} />,
})

/** Editor-written rich text, rendered by Payload's Lexical JSX converter (no raw HTML path). */
export function Prose({ value }: { value: unknown }) {
  if (!value || typeof value !== 'object') return null
  return (
    <RichText
      className="prose"
      converters={converters}
      data={value as SerializedEditorState}
      disableContainer={false}
    />
  )
}
