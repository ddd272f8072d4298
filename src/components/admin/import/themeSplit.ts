// The editor regroups the words of the themes line; the server accepts only regroupings, so
// these are the only two edits offered.

const words = (theme: string): string[] => theme.split(/\s+/u).filter((w) => w !== '')

/** Splits themes[index] before its word number `at` (1 … words − 1). */
export function splitTheme(themes: readonly string[], index: number, at: number): string[] {
  const parts = words(themes[index] ?? '')
  if (at < 1 || at >= parts.length) return [...themes]
  return [
    ...themes.slice(0, index),
    parts.slice(0, at).join(' '),
    parts.slice(at).join(' '),
    ...themes.slice(index + 1),
  ]
}

/** Joins themes[index] with the theme after it. */
export function joinWithNext(themes: readonly string[], index: number): string[] {
  if (index < 0 || index >= themes.length - 1) return [...themes]
  return [...themes.slice(0, index), `${themes[index]} ${themes[index + 1]}`, ...themes.slice(index + 2)]
}

export const wordsOf = words
