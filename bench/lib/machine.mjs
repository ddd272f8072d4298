import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from './processes.mjs'

// What a figure means depends on where it was taken: the machine, its load, the commit, the versions.

const versionOf = (name) =>
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version

/** The first line a command prints, on either stream (wrk -v and nginx -v print to stderr or exit 1). */
const firstLine = (command, args) => {
  const { stdout, stderr, error } = spawnSync(command, args, { encoding: 'utf8' })
  if (error) return `${command}: not installed`
  return `${stdout}\n${stderr}`.trim().split('\n')[0].trim()
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
