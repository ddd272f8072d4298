import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from './processes.mjs'

// What a figure means depends on where it was taken: the machine, its load, the commit, the versions.

const versionOf = (name) =>
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version

const firstLine = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .split('\n')[0]
      .trim()
  } catch (error) {
    // nginx -v prints to stderr; a missing tool has no version.
    return (
      String(error.stderr ?? '')
        .split('\n')[0]
        .trim() || 'not installed'
    )
  }
}

export const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

/** The machine, the commit and the versions, as RESULTS.md heads its table with them. */
export function describeMachine() {
  const commit = firstLine('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'])
  const dirty = firstLine('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no'])
    ? ' (with uncommitted changes)'
    : ''
  return {
    commit: `${commit}${dirty}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    next: versionOf('next'),
    payload: versionOf('payload'),
    react: versionOf('react'),
    wrk: firstLine('wrk', ['-v']),
    nginx: firstLine('nginx', ['-v']),
  }
}
