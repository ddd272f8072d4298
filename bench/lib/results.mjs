import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { markdownTable } from './table.mjs'

// bench/RESULTS.md: the run's table under the facts that give it meaning, then the run's CPU
// profiles. The analysis of missed targets below ANALYSIS is written by hand from those profiles
// and kept when the file is rewritten.

export const ANALYSIS = '## What bounds the missed targets'

/** The hand-written analysis of an existing RESULTS.md, from its heading on, or ''. */
export function keptAnalysis(existing) {
  const at = existing.indexOf(ANALYSIS)
  return at === -1 ? '' : existing.slice(at).trimEnd()
}

/** The whole file. */
export function resultsMarkdown({
  date,
  command,
  minutes,
  machine,
  loadStart,
  loadEnd,
  parts = '',
  rows,
  profile = '',
  analysis = '',
}) {
  const facts = [
    `- date: ${date}; command: \`${command}\`, ${minutes.toFixed(1)} minutes`,
    `- commit: ${machine.commit}`,
    `- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; load average (1/5/15 min) ${loadStart} at the start, ${loadEnd} at the end`,
    `- versions: Node ${machine.node}, Next ${machine.next}, Payload ${machine.payload}, React ${machine.react}; ${machine.wrk}; ${machine.nginx}`,
    ...(parts ? [`- ${parts}`] : []),
  ]
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see bench/README.md). Every reference was measured in the same run, on the same machine.',
    '',
    ...facts,
    '',
    markdownTable(rows),
    ...(profile ? ['', profile] : []),
    ...(analysis ? ['', analysis] : []),
    '',
  ].join('\n')
}

/** Rewrites `file`, keeping its hand-written analysis. */
export function writeResults(file, facts) {
  const analysis = existsSync(file) ? keptAnalysis(readFileSync(file, 'utf8')) : ''
  writeFileSync(file, resultsMarkdown({ ...facts, analysis }))
}
