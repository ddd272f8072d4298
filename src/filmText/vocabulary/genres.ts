// The genre line: TMDB's genre names and the splitter for a line of them written with spaces only.
import { trimPunctuation } from './words'

/** TMDB's movie genre list, canonical spelling. */
export const GENRES = [
  'Action',
  'Adventure',
  'Animation',
  'Comedy',
  'Crime',
  'Documentary',
  'Drama',
  'Family',
  'Fantasy',
  'History',
  'Horror',
  'Music',
  'Mystery',
  'Romance',
  'Science Fiction',
  'TV Movie',
  'Thriller',
  'War',
  'Western',
] as const

export type Genre = (typeof GENRES)[number]

// Spellings editors actually type that TMDB writes differently.
const GENRE_ALIASES: Readonly<Record<string, Genre>> = {
  'sci-fi': 'Science Fiction',
  scifi: 'Science Fiction',
  'science-fiction': 'Science Fiction',
  'tv-movie': 'TV Movie',
}

const GENRE_BY_KEY: ReadonlyMap<string, Genre> = new Map<string, Genre>([
  ...GENRES.map((g): [string, Genre] => [g.toLowerCase(), g]),
  ...Object.entries(GENRE_ALIASES),
])

const MAX_GENRE_WORDS = Math.max(...[...GENRE_BY_KEY.keys()].map((k) => k.split(' ').length))

export type GenreSplit = { ok: true; genres: Genre[]; duplicates: Genre[] } | { ok: false; unknown: string }

/**
 * Splits a genre line such as "Drama Science Fiction" into canonical genre names.
 * Genres are separated only by spaces and some have two words, so at each position
 * the longest genre name that matches wins. Commas, slashes, "&" and "and" are tolerated too.
 */
export function splitGenres(line: string): GenreSplit {
  const words = line
    .split(/[\s,/|;&]+/)
    .map(trimPunctuation)
    .filter((w) => w !== '' && w.toLowerCase() !== 'and')
  const genres: Genre[] = []
  const duplicates: Genre[] = []
  let i = 0
  while (i < words.length) {
    let matched: Genre | undefined
    let length = 0
    for (let len = Math.min(MAX_GENRE_WORDS, words.length - i); len >= 1 && !matched; len--) {
      matched = GENRE_BY_KEY.get(
        words
          .slice(i, i + len)
          .join(' ')
          .toLowerCase(),
      )
      length = len
    }
    if (!matched) {
      // "Science Fictoin" should report both words, not just "Science".
      const first = (words[i] ?? '').toLowerCase()
      const startsMultiWord = GENRES.some((g) => g.includes(' ') && g.toLowerCase().startsWith(`${first} `))
      const unknown = startsMultiWord && i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : (words[i] ?? '')
      return { ok: false, unknown }
    }
    if (genres.includes(matched)) duplicates.push(matched)
    else genres.push(matched)
    i += length
  }
  return { ok: true, genres, duplicates }
}

export function isGenreName(text: string): boolean {
  return GENRE_BY_KEY.has(text.trim().toLowerCase())
}
