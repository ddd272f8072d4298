// Word handling the genre and theme lists share.

/** The word without punctuation around it; inner hyphens, apostrophes and "&" stay. */
export function trimPunctuation(word: string): string {
  // A loop, not a regex: a long run of punctuation must stay linear.
  const keep = (ch: string): boolean => /[\p{L}\p{N}&]/u.test(ch)
  const chars = [...word]
  let start = 0
  let end = chars.length
  while (start < end && !keep(chars[start] ?? '')) start++
  while (end > start && !keep(chars[end - 1] ?? '')) end--
  return chars.slice(start, end).join('')
}
