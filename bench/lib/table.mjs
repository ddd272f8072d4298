// The one table `npm run bench` prints and writes to bench/RESULTS.md: a Markdown table laid out
// the way Prettier lays one out (cells padded to their column's width), so the written file
// passes `prettier --check` as it is.

/** @typedef {{ figure: string, what: string, measured: string, reference: string, target: string, verdict: string }} Row */

export const COLUMNS = [
  { key: 'figure', title: '#', align: 'right' },
  { key: 'what', title: 'what', align: 'left' },
  { key: 'measured', title: 'measured', align: 'left' },
  { key: 'reference', title: 'reference (same run)', align: 'left' },
  { key: 'target', title: 'target', align: 'left' },
  { key: 'verdict', title: 'met?', align: 'left' },
]

/** Pipes and line breaks would end a cell early. */
const cell = (value) =>
  String(value ?? '')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ')

const pad = (text, width, align) => (align === 'right' ? text.padStart(width) : text.padEnd(width))

/** @param {Row[]} rows */
export function markdownTable(rows, columns = COLUMNS) {
  const body = rows.map((row) => columns.map(({ key }) => cell(row[key])))
  const widths = columns.map(({ title }, i) => Math.max(3, title.length, ...body.map((cells) => cells[i].length)))
  const line = (cells) => `| ${cells.map((text, i) => pad(text, widths[i], columns[i].align)).join(' | ')} |`
  const rule = `| ${columns.map(({ align }, i) => (align === 'right' ? `${'-'.repeat(widths[i] - 1)}:` : '-'.repeat(widths[i]))).join(' | ')} |`
  return [line(columns.map(({ title }) => title)), rule, ...body.map(line)].join('\n')
}

/** Milliseconds as a reader wants them: 0.42 ms, 3.1 ms, 25 ms, 1.4 s. */
export function ms(value) {
  if (!Number.isFinite(value)) return '–'
  if (value >= 1000) return `${(value / 1000).toFixed(value >= 10_000 ? 0 : 1)} s`
  if (value >= 20) return `${Math.round(value)} ms`
  if (value >= 1) return `${value.toFixed(1)} ms`
  return `${value.toFixed(2)} ms`
}

/** Whole numbers with a thin separator past 9999 (25,300 req/s), one decimal below 100. */
export function count(value) {
  if (!Number.isFinite(value)) return '–'
  if (value >= 100) return Math.round(value).toLocaleString('en-GB')
  return value.toFixed(1)
}

/** 1000-byte kB, as `next build` and the issue print them. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

/** A verdict for a figure with a target: met, missed, or not applicable when it did not run. */
export const verdict = (ok) => (ok === undefined || ok === null ? '–' : ok ? 'yes' : 'no')
