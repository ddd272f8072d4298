/**
 * The body: "Symbols & Motifs", "Philosophical Questions" and "Core Meaning",
 * optionally introduced by "<Title> - Symbolism & Philosophy".
 */
import { FormatError, comparable, paragraphText, toBlocks, type Line } from './lines'
import { SECTION_TITLES, headingOf, type SectionKind } from './markers'
import { readQuestions } from './questions'
import { readSymbols } from './symbols'

export interface Body {
  symbols: { name: string; meaning: string; context: string }[]
  questions: { question: string; discussion: string }[]
  coreMeaning: string | null
}

export function readBody(lines: readonly Line[], from: number, title: string, warnings: string[]): Body {
  const sections = new Map<SectionKind, { heading: Line; lines: Line[] }>()
  let current: Line[] | null = null
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heading = line.text === '' ? null : headingOf(line.text)
    if (heading?.kind === 'overview') {
      if (sections.size > 0) {
        warnings.push(`line ${line.n}: ignored a "Symbolism & Philosophy" heading inside the sections`)
      } else if (heading.subject !== '' && comparable(heading.subject) !== comparable(title)) {
        warnings.push(`line ${line.n}: this heading names "${heading.subject}" but the title is "${title}"`)
      }
      continue
    }
    if (heading) {
      const earlier = sections.get(heading.kind)
      if (earlier) {
        throw new FormatError(
          line.n,
          `A second "${SECTION_TITLES[heading.kind]}" heading (the first is on line ${earlier.heading.n}). Each section appears once; remove or merge the duplicate.`,
        )
      }
      current = []
      sections.set(heading.kind, { heading: line, lines: current })
      continue
    }
    if (current) current.push(line)
    else if (line.text !== '') {
      throw new FormatError(
        line.n,
        `Unexpected text before the first section. After the header lines come the sections "${SECTION_TITLES.symbols}", "${SECTION_TITLES.questions}" and "${SECTION_TITLES.core}", each on its own heading line.`,
      )
    }
  }
  for (const kind of ['symbols', 'questions', 'core'] as const) {
    if (!sections.has(kind)) warnings.push(`the "${SECTION_TITLES[kind]}" section is missing`)
  }
  const symbols = sections.get('symbols')
  const questions = sections.get('questions')
  const core = sections.get('core')
  const coreMeaning = core
    ? toBlocks(core.lines)
        .map((b) => paragraphText(b.lines))
        .join('\n\n')
    : ''
  if (core && coreMeaning === '') warnings.push(`line ${core.heading.n}: the "Core Meaning" section is empty`)
  const body: Body = {
    symbols: symbols ? readSymbols(symbols.lines, symbols.heading) : [],
    questions: questions ? readQuestions(questions.lines, questions.heading) : [],
    coreMeaning: coreMeaning === '' ? null : coreMeaning,
  }
  if (symbols && body.symbols.length === 0)
    warnings.push(`line ${symbols.heading.n}: the "Symbols & Motifs" section is empty`)
  if (questions && body.questions.length === 0)
    warnings.push(`line ${questions.heading.n}: the "Philosophical Questions" section is empty`)
  return body
}
