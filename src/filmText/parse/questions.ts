/**
 * "Philosophical Questions". Rule: a question is a paragraph whose first line ends
 * in "?" (closing quotes or brackets after it are allowed). Every following paragraph
 * that does not start that way is its discussion, until the next question. So a
 * discussion paragraph must not itself be a single line ending in "?"; a question
 * with no discussion is an error, as is discussion text before the first question.
 */
import { FormatError, paragraphText, toBlocks, type Line } from './lines'

export interface Question {
  question: string
  discussion: string
}

const ENDS_IN_QUESTION_MARK = /[?？][\s"'”’»)\]]*$/u

export function isQuestionLine(text: string): boolean {
  return ENDS_IN_QUESTION_MARK.test(text)
}

export function readQuestions(lines: readonly Line[], heading: Line): Question[] {
  const out: { question: string; line: number; paragraphs: string[] }[] = []
  for (const block of toBlocks(lines)) {
    const [firstLine, ...rest] = block.lines
    if (firstLine && isQuestionLine(firstLine.text)) {
      // A question directly followed (no blank line) by text starts its discussion.
      out.push({
        question: firstLine.text,
        line: firstLine.n,
        paragraphs: rest.length > 0 ? [paragraphText(rest)] : [],
      })
      continue
    }
    const current = out[out.length - 1]
    if (!current) {
      throw new FormatError(
        block.n,
        `The "Philosophical Questions" section (line ${heading.n}) must start with a question: a line of its own ending in "?", followed by its discussion paragraphs.`,
      )
    }
    current.paragraphs.push(paragraphText(block.lines))
  }
  for (const q of out) {
    if (q.paragraphs.length === 0) {
      throw new FormatError(
        q.line,
        `The question "${q.question}" has no discussion. Add at least one paragraph after it, or join it with the next paragraph if it belongs to it (a line ending in "?" on its own always starts a new question).`,
      )
    }
  }
  return out.map((q) => ({ question: q.question, discussion: q.paragraphs.join('\n\n') }))
}
