import { THEME_CONNECTORS, detectOriginalLanguage, type ParsedFilm, type ThemeGuess } from '../../filmText'
import type { Guess, ThemeChoice } from './types'

const EXPLANATIONS: Record<ThemeGuess['source'], (text: string) => string> = {
  known: (text) => `"${text}" is a theme already on the site.`,
  vocabulary: (text) => `"${text}" is in the built-in theme vocabulary; it will be added as a new theme.`,
  heuristic: (text) =>
    `"${text}" is a guess: no existing theme or vocabulary entry matches, so the line was split where one capitalised word follows another. Check it.`,
}

const startsCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

/**
 * The other ways this piece of the themes line could have been read: cut in two before any
 * capitalised word (where the segmenter could have ended a theme), or run on into the next piece.
 */
function alternativesOf(piece: string, next: string | undefined): string[][] {
  const words = piece.split(/\s+/u)
  const splits: string[][] = []
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    const before = (words[i - 1] ?? '').toLowerCase()
    if (startsCapitalised(word) && !THEME_CONNECTORS.has(before)) {
      splits.push([words.slice(0, i).join(' '), words.slice(i).join(' ')])
    }
  }
  return next === undefined ? splits : [...splits, [`${piece} ${next}`]]
}

export function themeChoices(segmentation: readonly ThemeGuess[]): ThemeChoice[] {
  return segmentation.map((guess, i) => ({
    text: guess.text,
    source: guess.source,
    explanation: EXPLANATIONS[guess.source](guess.text),
    alternatives: alternativesOf(guess.text, segmentation[i + 1]?.text),
  }))
}

/** What the writer will infer that the file does not state, shown so the editor can check it. */
export function otherGuesses(film: ParsedFilm): Guess[] {
  const guesses: Guess[] = []
  const language = detectOriginalLanguage(film.originalTitle, film.country)
  if (language) {
    guesses.push({
      field: 'originalLanguage',
      value: language,
      line: null,
      explanation: film.originalTitle
        ? `Original language "${language}" was read from the script of the original title "${film.originalTitle}" and the country (${film.country ?? 'none'}).`
        : `Original language "${language}" was inferred from the country (${film.country ?? 'none'}).`,
    })
  }
  return guesses
}
