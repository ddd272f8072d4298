// Serialized Lexical nodes for tests that need rich text with particular content (links, hostile
// text), shaped as Payload's editor stores them.

export const textNode = (text: string) => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const linkNode = (url: string, type: 'link' | 'autolink' = 'link') => ({
  type,
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  children: [textNode(`link to ${url}`)],
})

/** A one-paragraph editor state holding `children`. */
export const editorState = (...children: object[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children },
    ],
  },
})
