import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Prose } from '../../src/components/richtext/Prose'
import { safeHref } from '../../src/components/richtext/safeHref'
import { editorState, linkNode, textNode } from '../helpers/lexicalNodes'
import { injectedMarkup } from '../helpers/markup'

// What reaches a reader's browser if hostile rich text ever reached the database (an old import,
// a restore, a plugin): the renderer itself must keep it inert.

const render = (...children: object[]) =>
  renderToStaticMarkup(createElement(Prose, { value: editorState(...children) }))

const HOSTILE = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
]

describe('rich text links', () => {
  it.each(HOSTILE)('%j loses its href but keeps its text', (url) => {
    for (const type of ['link', 'autolink'] as const) {
      const html = render(linkNode(url, type))
      expect(html).not.toMatch(/<a\b|href=/i)
      expect(injectedMarkup(html)).toEqual([])
      expect(html).toContain('link to')
    }
  })

  it.each([
    'https://example.com/a?b=c',
    'http://example.com',
    'mailto:editor@example.com',
    '/films/miracle-in-cell-no-7',
    '#section',
    '?q=x',
  ])('%j stays a link', (url) => {
    expect(render(linkNode(url))).toContain(`href="${url.replace(/&/g, '&amp;')}"`)
  })

  it('text that looks like markup stays text', () => {
    const html = render(textNode('<script>alert(1)</script> <img src=x onerror=alert(1)> " onmouseover="alert(1)'))
    expect(html).not.toMatch(/<script|<img/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(injectedMarkup(html)).toEqual([])
  })
})

describe('the markup check the XSS tests rely on', () => {
  it('finds what it is meant to find', () => {
    expect(injectedMarkup('<p><script>alert(1)</script></p>')).toHaveLength(1)
    expect(injectedMarkup('<img src=x onerror=alert(1)>')).toHaveLength(1)
    expect(injectedMarkup('<a href=" JavaScript:alert(1)">x</a>')).toHaveLength(1)
    expect(injectedMarkup('<iframe src="data:text/html,x"></iframe>')).toHaveLength(1)
    expect(injectedMarkup('<a href="&#106;avascript:alert(1)">x</a>')).toHaveLength(1)
    expect(injectedMarkup('<p>&lt;img src=x onerror=alert(1)&gt; &quot; onmouseover=&quot;</p>')).toEqual([])
    expect(injectedMarkup('<meta content="&quot; onmouseover=&quot;alert(1)" name="description">')).toEqual([])
  })
})

describe('safeHref', () => {
  it('reads the scheme as a browser would', () => {
    expect(HOSTILE.map(safeHref)).toEqual(HOSTILE.map(() => null))
    expect(safeHref('HTTPS://Example.com')).toBe('HTTPS://Example.com')
    expect(safeHref('')).toBeNull()
    expect(safeHref(undefined)).toBeNull()
  })
})
