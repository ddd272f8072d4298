/**
 * Turns raw file text into numbered, cleaned lines, and defines the error the
 * parser's stages throw (parseFilm catches it; nothing escapes to the caller).
 */

export interface Line {
  /** 1-based line number in the original file. */
  n: number
  /** Trimmed text with control characters removed and runs of spaces collapsed; '' when blank. */
  text: string
}

export class FormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
    this.name = 'FormatError'
  }
}

// C0/C1 controls except tab, CR and LF, plus the replacement character a bad decode leaves.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/gu
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu

/**
 * Splits on CRLF, CR or LF so line numbers match what an editor shows. A NUL byte or
 * a noticeable share of control/undecodable characters means the file is not text
 * at all; a few stray ones are removed with a warning instead.
 */
export function toLines(text: string, warnings: string[]): Line[] {
  const raw = text.split(/\r\n|\r|\n/)
  const suspectCount = (text.match(SUSPECT) ?? []).length
  if (suspectCount > 0) {
    const firstBad = raw.findIndex((l) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/u.test(l))
    const line = firstBad + 1
    if (text.includes('\u0000') || suspectCount > Math.max(8, text.length * 0.05)) {
      throw new FormatError(
        line,
        `This does not look like a text file: it contains ${suspectCount} control or undecodable character(s), the first on this line. ` +
          'Save the film analysis as plain UTF-8 text and import that file.',
      )
    }
    warnings.push(`line ${line}: removed ${suspectCount} control or undecodable character(s) from the file`)
  }
  return raw.map((l, i) => ({
    n: i + 1,
    text: l
      .replace(SUSPECT, '')
      .replace(INVISIBLE, '')
      .replace(/[\s\u00A0\u2028\u2029]+/gu, ' ')
      .trim(),
  }))
}

/** Runs of consecutive non-blank lines; each becomes one paragraph. */
export interface Block {
  n: number
  lines: Line[]
}

export function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = []
  let current: Line[] = []
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) blocks.push({ n: current[0]?.n ?? line.n, lines: current })
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) blocks.push({ n: current[0]?.n ?? 0, lines: current })
  return blocks
}

/** Hard-wrapped lines of one paragraph are joined with a space. */
export function paragraphText(lines: readonly Line[]): string {
  return lines
    .map((l) => l.text)
    .join(' ')
    .trim()
}

/** Normalised form for comparing short lines (title repeats, headings). */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b)
}

export function comparable(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}
