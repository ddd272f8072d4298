import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { Prose } from '../../src/components/richtext/Prose'
import { importFiles } from '../../src/import/importFiles'
import { injectedMarkup } from '../helpers/markup'
import { startPayload } from './helpers/payload'

// The importer builds rich text from the analysis files with Payload's Markdown converter: HTML in
// a file must arrive as text, and a Markdown link to a script URL must never render as one.

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

const HOSTILE_MEANING =
  'Kept back <script>alert(1)</script> until <img src=x onerror=alert(1)> it is [ready](javascript:alert(1)) or [not](data:text/html,x).'

/** Every text node of a Lexical state, in order. */
const texts = (node: unknown): string[] => {
  const { text, children } = (node ?? {}) as { text?: unknown; children?: unknown[] }
  return [...(typeof text === 'string' ? [text] : []), ...(children ?? []).flatMap(texts)]
}

describe('an imported file with HTML and script links', () => {
  it('stores the HTML as text and renders nothing that runs', async () => {
    const fixture = await readFile(new URL('../fixtures/films/the-unfinished-draft.txt', import.meta.url), 'utf8')
    const text = fixture
      .replace('What is kept back until it is ready.', HOSTILE_MEANING)
      .replace('The Locked Drawer', 'The <script>alert(1)</script> Drawer')
    const [outcome] = await importFiles(payload, [{ file: 'hostile.txt', text }])
    expect(outcome?.ok, JSON.stringify(outcome)).toBe(true)

    const symbol = (await payload.find({ collection: 'symbols', where: { name: { like: 'Drawer' } }, depth: 0 }))
      .docs[0]!
    expect(symbol.name).toBe('The <script>alert(1)</script> Drawer')
    const stored = texts(symbol.meaning.root).join('')
    expect(stored).toContain('<script>alert(1)</script>')
    expect(stored).toContain('<img src=x onerror=alert(1)>')

    const html = renderToStaticMarkup(createElement(Prose, { value: symbol.meaning }))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('ready')
    expect(injectedMarkup(html)).toEqual([])
    // Markdown makes the data: one a link node; the renderer keeps its text and drops its target.
    expect(html).toContain('<span>not</span>')
    expect(html).not.toMatch(/href=/i)
  })
})
