import { describe, expect, it } from 'vitest'
import { format } from 'prettier'

import { count, markdownTable, ms } from '../../bench/lib/table.mjs'
import { keptAnalysis, resultsMarkdown } from '../../bench/lib/results.mjs'
import { quantile } from '../../bench/lib/stats.mjs'

// The one table of `npm run bench` and the RESULTS.md around it: committed as written, so it must
// already be what Prettier would make of it (npm run check runs prettier --check).

const rows = [
  {
    figure: '1',
    what: 'film page, cached',
    measured: '812 req/s · p50 34 ms',
    reference: 'bare: 800 req/s',
    target: '≥ 90% of bare',
    verdict: 'yes',
  },
  { figure: '10', what: 'a | pipe', measured: 'two\nlines', reference: '', target: '', verdict: '–' },
]

const machine = {
  commit: 'abc1234',
  cpu: 'Some CPU',
  cores: 2,
  memory: '23.4 GiB',
  node: 'v20.20.2',
  next: '16.4.6',
  payload: '3.90.1',
  react: '19.3.1',
  wrk: 'wrk 4.1.0',
  nginx: 'nginx version: nginx/1.22.1',
}

describe('markdownTable', () => {
  it('is laid out as Prettier lays out a Markdown table', async () => {
    const table = markdownTable(rows)
    expect(await format(table, { parser: 'markdown', printWidth: 120 })).toBe(`${table}\n`)
  })

  it('keeps one row per line: pipes are escaped and line breaks become spaces', () => {
    const lines = markdownTable(rows).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toContain('a \\| pipe')
    expect(lines[3]).toContain('two lines')
  })

  it('right-aligns the figure number', () => {
    expect(markdownTable(rows).split('\n')[1]).toMatch(/^\| -+: \|/)
  })
})

describe('RESULTS.md', () => {
  const facts = {
    date: '2026-11-30T05:00:00Z',
    command: 'npm run bench',
    minutes: 12.3,
    machine,
    loadStart: '1.00 0.50 0.20',
    loadEnd: '2.00 1.50 0.90',
    parts: 'in this tree: the front present',
    rows,
  }

  it('names the date, commit, machine, load and versions above the table, and passes Prettier', async () => {
    const text = resultsMarkdown(facts)
    for (const fact of [
      '2026-11-30T05:00:00Z',
      'abc1234',
      'Some CPU, 2 cores',
      '1.00 0.50 0.20',
      '2.00 1.50 0.90',
      'Next 16.4.6',
      'Payload 3.90.1',
      'the front present',
    ])
      expect(text).toContain(fact)
    expect(await format(text, { parser: 'markdown', printWidth: 120, proseWrap: 'preserve' })).toBe(text)
  })

  it('puts the run’s profile after the table and the hand-written analysis last', () => {
    const text = resultsMarkdown({ ...facts, profile: '## Profile', analysis: '## What bounds the missed targets' })
    expect(text.indexOf('| met? |')).toBeLessThan(text.indexOf('## Profile'))
    expect(text.indexOf('## Profile')).toBeLessThan(text.indexOf('## What bounds'))
  })

  it('keeps the hand-written analysis when the table is rewritten', () => {
    const analysis = '## What bounds the missed targets\n\nThe runtime.'
    const before = resultsMarkdown({ ...facts, analysis })
    expect(keptAnalysis(before)).toBe(analysis)
    expect(resultsMarkdown({ ...facts, analysis: keptAnalysis(before) })).toBe(before)
    expect(keptAnalysis('# Benchmark results\n')).toBe('')
  })
})

describe('number formats', () => {
  it('prints milliseconds and rates at a precision worth reading', () => {
    expect([ms(0.834), ms(3.14), ms(34.4), ms(1234)]).toEqual(['0.83 ms', '3.1 ms', '34 ms', '1.2 s'])
    expect([count(12.34), count(812.4), count(25_300)]).toEqual(['12.3', '812', '25,300'])
  })

  it('takes nearest-rank quantiles, as wrk does', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect([quantile(samples, 0.5), quantile(samples, 0.99), quantile(samples, 1)]).toEqual([50, 99, 100])
  })
})
