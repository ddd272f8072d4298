import type { ParsedFilm } from '../../filmText'
import { MAX_THEME_LENGTH, MAX_THEMES } from './limits'

export type Adjusted = { ok: true; film: ParsedFilm } | { ok: false; message: string }

const wordsOf = (themes: readonly string[]): string[] =>
  themes
    .join(' ')
    .split(/[\s,;|•·]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '')

const tidy = (theme: string): string => theme.trim().replace(/\s+/gu, ' ')

/**
 * The film with the editor's choice of themes split. The choice may only regroup the words of
 * the file's own themes line, in their order: the parsed file stays the source of truth, and
 * changing the words themselves is done by editing the text, which is parsed again.
 */
export function applyThemeSplit(film: ParsedFilm, themes: unknown): Adjusted {
  if (themes === undefined) return { ok: true, film }
  if (!Array.isArray(themes) || !themes.every((t): t is string => typeof t === 'string')) {
    return { ok: false, message: 'The themes split must be a list of theme names.' }
  }
  const chosen = themes.map(tidy)
  if (chosen.length > MAX_THEMES) return { ok: false, message: `A film can have at most ${MAX_THEMES} themes.` }
  if (chosen.some((t) => t === '')) return { ok: false, message: 'A theme in the chosen split is empty.' }
  const long = chosen.find((t) => t.length > MAX_THEME_LENGTH)
  if (long)
    return { ok: false, message: `The theme "${long.slice(0, 40)}…" is longer than ${MAX_THEME_LENGTH} characters.` }
  const seen = new Set<string>()
  for (const theme of chosen) {
    if (seen.has(theme.toLowerCase())) return { ok: false, message: `The theme "${theme}" is chosen twice.` }
    seen.add(theme.toLowerCase())
  }
  if (wordsOf(chosen).join(' ') !== wordsOf(film.themes).join(' ')) {
    return {
      ok: false,
      message: `The chosen themes (${chosen.join(' | ')}) do not regroup the words of the themes line (${film.themes.join(' ')}). To change the words, edit the text and preview again.`,
    }
  }
  return { ok: true, film: { ...film, themes: chosen } }
}
