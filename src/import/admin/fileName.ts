import { MAX_FILE_NAME_LENGTH } from './limits'

/** A file name as shown back to the editor: no path, no control characters, bounded. */
export const displayName = (name: unknown): string => {
  const base =
    (typeof name === 'string' ? name : '')
      .split(/[\\/]/u)
      .pop()
      ?.replace(/[\u0000-\u001f\u007f]/gu, '')
      .trim() ?? ''
  return (base || 'unnamed file').slice(0, MAX_FILE_NAME_LENGTH)
}
