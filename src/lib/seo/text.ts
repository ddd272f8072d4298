/**
 * Shortens text to at most `max` characters (code points, so no emoji or CJK character is split),
 * ending at a word boundary with an ellipsis. A single word longer than half the limit is cut
 * inside the word instead, so a long unbroken title still says something.
 */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(clean)
  if (chars.length <= max) return clean
  const cut = chars.slice(0, max - 1).join('')
  const boundary = chars[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ')
  const head = boundary > cut.length / 2 ? cut.slice(0, boundary) : cut
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`
}
